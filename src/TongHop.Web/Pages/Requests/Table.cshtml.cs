using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TongHop.Application.Reporting;
using TongHop.Application.Security;
using TongHop.Application.Users;

namespace TongHop.Web.Pages.Requests;

/// <summary>Units × indicators, sortable and filterable in the page, exported as .xlsx or .csv.</summary>
[Authorize(Policy = Policies.Read)]
public sealed class TableModel(ReportingQueries queries) : PageModel
{
    public UnitIndicatorTable? Table { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        Table = await queries.TableAsync(id, HttpContext.RequestAborted);
        return Table is null ? NotFound() : Page();
    }

    public async Task<IActionResult> OnGetExportAsync(int id, string format)
    {
        var table = await queries.TableAsync(id, HttpContext.RequestAborted);
        if (table is null)
        {
            return NotFound();
        }

        var name = $"chi-tieu-yeu-cau-{id}";
        return format == "csv"
            ? File(TableExporter.ToCsv(table), "text/csv; charset=utf-8", name + ".csv")
            : File(TableExporter.ToXlsx(table), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name + ".xlsx");
    }
}
