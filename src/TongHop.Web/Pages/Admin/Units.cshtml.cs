using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TongHop.Storage;
using TongHop.Storage.Entities;
using TongHop.Web.Security;
using TongHop.Web.Units;

namespace TongHop.Web.Pages.Admin;

/// <summary>The org unit tree, and its import from CSV (adds new codes, updates known ones).</summary>
[Authorize(Policy = Policies.Admin)]
public sealed class UnitsModel(TongHopDbContext db) : PageModel
{
    public IReadOnlyList<OrgUnit> Units { get; private set; } = [];

    public List<string> Errors { get; } = [];

    public string? Message { get; private set; }

    public async Task OnGetAsync() => Units = await LoadAsync();

    public async Task<IActionResult> OnPostAsync(IFormFile? csv)
    {
        if (csv is { Length: > 0 and < 5 * 1024 * 1024 })
        {
            using var reader = new StreamReader(csv.OpenReadStream());
            var result = await UnitCsvImporter.ImportAsync(db, await reader.ReadToEndAsync());
            Errors.AddRange(result.Errors);
            Message = $"Đã thêm {result.Added}, cập nhật {result.Updated} đơn vị.";
        }
        else
        {
            Errors.Add("Chưa chọn tệp CSV (tối đa 5 MB).");
        }

        Units = await LoadAsync();
        return Page();
    }

    private async Task<IReadOnlyList<OrgUnit>> LoadAsync() =>
        await db.Units.AsNoTracking().Include(u => u.Parent).OrderBy(u => u.Kind).ThenBy(u => u.Name).ToListAsync();
}
