using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TongHop.Application.Search;
using TongHop.Application.Security;
using TongHop.Application.Users;
using TongHop.Search;
using TongHop.Search.Querying;
using TongHop.Storage;
using TongHop.Storage.Entities;

namespace TongHop.Web.Pages.Search;

/// <summary>
/// Search every report the user may see: words with or without diacritics, "phrases", prefixes*, document numbers in
/// any spelling, filters; or an indicator condition such as <c>online_dossier_rate &lt; 50</c>. A unit reporter finds
/// only their unit's reports. Each hit links to the review page at the matched words.
/// </summary>
public sealed class IndexModel(TongHopDbContext db, ReportSearch search, Permissions permissions) : PageModel
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Unit { get; set; }

    [BindProperty(SupportsGet = true, Name = "request")]
    public int? RequestId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Type { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Period { get; set; }

    [BindProperty(SupportsGet = true)]
    public int Offset { get; set; }

    public SearchOutcome? Outcome { get; private set; }

    /// <summary>Why the query could not run, in Vietnamese; null when it ran.</summary>
    public string? Message { get; private set; }

    public IReadOnlyList<ReportRequest> Requests { get; private set; } = [];

    /// <summary>Whether the user may search every unit, and so filter by one.</summary>
    public bool CanChooseUnit { get; private set; }

    public async Task OnGetAsync()
    {
        var units = await permissions.UnitsOfAsync(User);
        CanChooseUnit = units.Everything;
        var scope = SearchScopes.Of(units);
        Requests = await db.Requests.AsNoTracking()
            .Where(r => scope.Everything || r.Recipients.Any(x => x.UnitId == scope.UnitId))
            .OrderByDescending(r => r.DeadlineUtc).ToListAsync();
        var filters = new SearchFilters(CanChooseUnit ? Blank(Unit) : null, RequestId, Blank(Period), Blank(Type));
        if (string.IsNullOrWhiteSpace(Q) && filters == SearchFilters.None)
        {
            return;
        }

        Outcome = await search.SearchAsync(db, Q, filters, scope, PageSize, Math.Max(0, Offset), HttpContext.RequestAborted);
        if (Outcome.Error is not null)
        {
            Message = Outcome.Condition is { } c
                ? $"Không có chỉ tiêu mã “{c.Key}” trong danh mục. Xem mã các chỉ tiêu ở trang Chỉ tiêu."
                : "Không hiểu truy vấn này (quá dài, hoặc request: không phải một số). Ví dụ: Đảng ủy, \"chuyển đổi số\", công ngh*, 02-KH/BCĐTW, online_dossier_rate < 50.";
        }
    }

    public string PageLink(int offset) => Url.Page("/Search/Index", new { q = Q, unit = Unit, request = RequestId, type = Type, period = Period, offset }) ?? "/Search";

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
