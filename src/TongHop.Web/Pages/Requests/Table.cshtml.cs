using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TongHop.Application.Reporting;
using TongHop.Application.Reporting.Trends;
using TongHop.Application.Security;
using TongHop.Application.Users;

namespace TongHop.Web.Pages.Requests;

/// <summary>
/// Units × indicators, sortable and filterable in the page, each value beside the unit's value in the previous request of the
/// kind and a year earlier with the change (the page shows the comparison chosen), exported as .xlsx or .csv with them.
/// </summary>
[Authorize(Policy = Policies.Read)]
public sealed class TableModel(ReportingQueries queries, TrendQueries trends) : PageModel
{
    public UnitIndicatorTable? Table { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        Table = await WithTrendsAsync(await queries.TableAsync(id, HttpContext.RequestAborted), id);
        return Table is null ? NotFound() : Page();
    }

    public async Task<IActionResult> OnGetExportAsync(int id, string format)
    {
        var table = await WithTrendsAsync(await queries.TableAsync(id, HttpContext.RequestAborted), id);
        if (table is null)
        {
            return NotFound();
        }

        var name = $"chi-tieu-yeu-cau-{id}";
        return format == "csv"
            ? File(TableExporter.ToCsv(table), "text/csv; charset=utf-8", name + ".csv")
            : File(TableExporter.ToXlsx(table), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name + ".xlsx");
    }

    private async Task<UnitIndicatorTable?> WithTrendsAsync(UnitIndicatorTable? table, int id) =>
        table is null ? null : table with { Trends = await trends.TrendsAsync(id, withUnits: true, HttpContext.RequestAborted) };
}
