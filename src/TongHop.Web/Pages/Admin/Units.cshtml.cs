using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TongHop.Application.Security;
using TongHop.Application.Units;
using TongHop.Application.Users;
using TongHop.Storage;
using TongHop.Storage.Entities;

namespace TongHop.Web.Pages.Admin;

/// <summary>
/// The org unit tree, its import from CSV (adds new codes, updates known ones), and editing one unit:
/// name, code, kind, parent, contact; closing it on a date and reopening it.
/// </summary>
[Authorize(Policy = Policies.Admin)]
public sealed class UnitsModel(TongHopDbContext db) : PageModel
{
    public IReadOnlyList<OrgUnit> Units { get; private set; } = [];

    public List<string> Errors { get; } = [];

    public string? Message { get; private set; }

    /// <summary>The unit whose edit form is shown (<c>?edit=ID</c>).</summary>
    public OrgUnit? Editing { get; private set; }

    public async Task OnGetAsync(int? edit)
    {
        Units = await LoadAsync();
        Editing = Units.FirstOrDefault(u => u.Id == edit);
    }

    public async Task<IActionResult> OnPostEditAsync(int id, UnitEdit unit) =>
        await AfterAsync(await UnitAdministration.EditAsync(db, id, unit), "Đã lưu đơn vị.", id);

    public async Task<IActionResult> OnPostCloseAsync(int id, DateOnly? closedOn) =>
        await AfterAsync(await UnitAdministration.CloseAsync(db, id, closedOn), $"Đã ghi nhận giải thể từ ngày {Formatting.Vn.Date(closedOn)}.", null);

    public async Task<IActionResult> OnPostReopenAsync(int id) =>
        await AfterAsync(await UnitAdministration.ReopenAsync(db, id), "Đã mở lại đơn vị.", null);

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

    // Shows the outcome on the page; a failed edit keeps its form open. A missing unit is a 404.
    private async Task<IActionResult> AfterAsync(string? error, string done, int? editId)
    {
        Units = await LoadAsync();
        if (error is null)
        {
            Message = done;
            return Page();
        }

        Errors.Add(error);
        Editing = Units.FirstOrDefault(u => u.Id == editId);
        return error == UnitAdministration.NotFound ? NotFound() : Page();
    }

    private async Task<IReadOnlyList<OrgUnit>> LoadAsync() =>
        await db.Units.AsNoTracking().Include(u => u.Parent).OrderBy(u => u.Kind).ThenBy(u => u.Name).ToListAsync();
}
