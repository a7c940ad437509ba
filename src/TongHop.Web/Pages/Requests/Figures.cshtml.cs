using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TongHop.Application.Reporting;
using TongHop.Application.Reporting.Trends;
using TongHop.Application.Security;
using TongHop.Application.Users;
using TongHop.Core.Indicators;
using TongHop.Web.Formatting;

namespace TongHop.Web.Pages.Requests;

/// <summary>Province figures: each indicator aggregated as the catalog says, spread, targets, charts.</summary>
[Authorize(Policy = Policies.Read)]
public sealed class FiguresModel(ReportingQueries queries, TrendQueries trendQueries) : PageModel
{
    /// <summary>The comparisons with earlier requests of the same kind.</summary>
    public RequestTrends? Trends { get; private set; }

    // Safe inside <script>: <, >, & and quotes are escaped, Vietnamese letters kept (the default encoder wrote each as
    // \uXXXX: 4,800 escapes, 6 bytes each, in the national page's chart data).
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All), PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    /// <summary>The ranking chart shows at most this many units (the highest); the table counts them all.</summary>
    public const int ChartUnits = 30;

    public IReadOnlyList<IndicatorFigure> Figures { get; private set; } = [];

    public string Title { get; private set; } = "";

    public int RequestId { get; private set; }

    /// <summary>The data version the figures were read at: the page's cached parts are keyed by it.</summary>
    public long DataVersion { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var figures = await queries.FiguresAsync(id, HttpContext.RequestAborted);
        if (figures is null)
        {
            return NotFound();
        }

        (Figures, RequestId, DataVersion) = (figures.Figures, id, figures.DataVersion);
        Trends = await trendQueries.TrendsAtAsync(id, figures.DataVersion);
        Title = figures.PeriodLabel;
        return Page();
    }

    /// <summary>The charts' data; called by the view only when its cached part is rendered.</summary>
    public string ChartJson() =>
        JsonSerializer.Serialize(Figures.Where(f => f.Actual.Count > 0).Select(f => new
        {
            key = f.Indicator.Key, name = f.Indicator.Name, unit = f.Indicator.Unit.Code(), value = f.Actual.Value, target = f.Target.Value,
            units = f.Actual.Ranked.Take(ChartUnits).Select(r => r.UnitName), values = f.Actual.Ranked.Take(ChartUnits).Select(r => r.Value),
            periods = Trends?.Series.Select(r => r.PeriodLabel) ?? [], series = Trends?.Of(f.Indicator.Key)?.Series ?? [],
        }), Json);

    /// <summary>"+4,2 điểm %" for a percent indicator, "+12 (+8,5%)" for the others; "—" when either side is missing.</summary>
    public static string Change(Comparison? c, bool percent) => c?.Change is not { } change
        ? "—"
        : percent
            ? $"{Signed(change)} điểm %"
            : c.RelativeChange is { } r ? $"{Signed(change)} ({Signed(r)}%)" : Signed(change);

    private static string Signed(decimal v) => (v > 0 ? "+" : "") + Vn.Number(v);
}
