using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TongHop.Application.Security;
using TongHop.Application.Users;
using TongHop.Core.Indicators;
using TongHop.Storage;
using TongHop.Storage.Entities;

namespace TongHop.Web.Pages.Admin;

/// <summary>The editable indicator catalog: a new indicator or phrasing is data, not a deploy.</summary>
[Authorize(Policy = Policies.Admin)]
public sealed class IndicatorsModel(TongHopDbContext db) : PageModel
{
    public IReadOnlyList<IndicatorRecord> Indicators { get; private set; } = [];

    public string? Message { get; private set; }

    public async Task OnGetAsync() => Indicators = await db.Indicators.AsNoTracking().OrderBy(i => i.SortOrder).ToListAsync();

    public async Task<IActionResult> OnPostAsync(string key, string name, string unit, AggregateMethod aggregate, string? examples)
    {
        key = (key ?? "").Trim();
        if (key.Length is < 2 or > 64 || !key.All(c => c is >= 'a' and <= 'z' or >= '0' and <= '9' or '_') || string.IsNullOrWhiteSpace(name)
            || !MeasureUnits.TryParse(unit, out var measure) || !Enum.IsDefined(aggregate))
        {
            return BadRequest();
        }

        var indicator = await db.Indicators.SingleOrDefaultAsync(i => i.Key == key);
        if (indicator is null)
        {
            indicator = new IndicatorRecord { Key = key, Group = "khac", Name = name, Unit = measure, SortOrder = await db.Indicators.CountAsync() };
            db.Indicators.Add(indicator);
        }

        indicator.Name = name.Trim();
        indicator.Aggregate = aggregate;
        indicator.Examples = (examples ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
        indicator.IsRatio = indicator.IsRatio || aggregate == AggregateMethod.RatioOfSums;
        await db.SaveChangesAsync();
        Message = $"Đã lưu chỉ tiêu {key}.";
        await OnGetAsync();
        return Page();
    }
}
