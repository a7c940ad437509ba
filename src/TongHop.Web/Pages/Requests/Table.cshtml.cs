using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Net.Http.Headers;
using TongHop.Application.Reporting;
using TongHop.Application.Security;

namespace TongHop.Web.Pages.Requests;

/// <summary>
/// Units × indicators, a page of <see cref="TableQueries.PageSize"/> units at a time (filtered by unit name or code on the
/// server, sortable and filterable in the page), each value beside the unit's value in the previous request of the kind and
/// a year earlier with the change (the page shows the comparison chosen); the whole table is exported as .xlsx or .csv,
/// written as it is read (<see cref="TableExporter"/>), never held whole in memory.
/// </summary>
[Authorize(Policy = Policies.Read)]
public sealed class TableModel(TableQueries tables) : PageModel
{
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public UnitIndicatorTable? Table { get; private set; }

    public TablePage? Shown { get; private set; }

    // "page" is also Razor Pages' route value (the page's path): the query's number is read by name.
    public async Task<IActionResult> OnGetAsync(int id, [FromQuery(Name = "page")] int pageNumber = 1, string? q = null)
    {
        var frame = await tables.FrameAsync(id, HttpContext.RequestAborted);
        if (frame is null)
        {
            return NotFound();
        }

        Shown = await tables.PageAsync(frame, pageNumber, q, HttpContext.RequestAborted);
        Table = Shown.Table;
        return Page();
    }

    public async Task<IActionResult> OnGetExportAsync(int id, string format)
    {
        var cancellationToken = HttpContext.RequestAborted;
        var frame = await tables.FrameAsync(id, cancellationToken);
        if (frame is null)
        {
            return NotFound();
        }

        var name = $"chi-tieu-yeu-cau-{id}";
        if (format == "csv")
        {
            // Rows go out as each slice of units is read: nothing waits for the whole table.
            Response.ContentType = "text/csv; charset=utf-8";
            var disposition = new ContentDispositionHeaderValue("attachment");
            disposition.SetHttpFileName(name + ".csv");
            Response.Headers.ContentDisposition = disposition.ToString();
            await TableExporter.WriteCsvAsync(frame, tables.SlicesAsync(frame, cancellationToken: cancellationToken), Response.Body, cancellationToken);
            return new EmptyResult();
        }

        // A ZIP is written with synchronous writes, which the server refuses on an answer: into a temporary file,
        // deleted when the answer has been sent from it.
        var file = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        try
        {
            await TableExporter.WriteXlsxAsync(frame, tables.SlicesAsync(frame, cancellationToken: cancellationToken), file, cancellationToken);
            file.Position = 0;
            return File(file, Xlsx, name + ".xlsx");
        }
        catch
        {
            await file.DisposeAsync();
            throw;
        }
    }
}
