using System.Runtime.CompilerServices;
using System.Text;
using TongHop.Core.Indicators;
using TongHop.Extraction.Indicators.Catalog;
using TongHop.Storage.Entities;
using TongHop.Synthesis.Workbook;
using TongHop.Text.Normalization;

namespace TongHop.Application.Reporting;

/// <summary>
/// Writes the units × indicators table as <c>.xlsx</c> (numbers stay numbers; Excel shows them in the
/// reader's locale) or <c>.csv</c> (UTF-8 with BOM so Excel opens Vietnamese correctly; ';' separator and
/// decimal comma, as Vietnamese-locale Excel expects). When the table carries its trends, each indicator is
/// followed by the unit's value in the previous request and its change, then a year earlier and its change
/// (percentage points for a percent indicator), for the comparisons that exist.
/// <para>
/// Both are written part by part (<see cref="TableQueries.SlicesAsync"/>: the header from the table's frame, then each
/// slice's rows as it is read), so memory holds one slice, never the whole table: the CSV straight into the answer,
/// the workbook forward only (<see cref="XlsxStreamWriter"/>) into a stream the caller gives (a temporary file).
/// </para>
/// </summary>
public static class TableExporter
{
    private const string SheetName = "Chỉ tiêu";

    /// <summary>The workbook of the table whose columns <paramref name="frame"/> gives and whose rows <paramref name="parts"/> give, in order.</summary>
    public static Task WriteXlsxAsync(UnitIndicatorTable frame, IAsyncEnumerable<UnitIndicatorTable> parts, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(frame);
        ArgumentNullException.ThrowIfNull(parts);
        var columns = Columns(frame);
        return XlsxStreamWriter.WriteAsync(output, SheetName, Header(columns), Rows(parts, columns, cancellationToken), cancellationToken);

        static async IAsyncEnumerable<IReadOnlyList<object?>> Rows(IAsyncEnumerable<UnitIndicatorTable> parts, List<Column> columns, [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            await foreach (var part in parts.WithCancellation(cancellationToken))
            {
                var cells = Columns(part);
                foreach (var unit in part.Units)
                {
                    yield return [unit.Code, unit.Name, .. cells.Select(c => (object?)c.Value(unit))];
                }
            }
        }
    }

    /// <summary>The CSV of the table whose columns <paramref name="frame"/> gives and whose rows <paramref name="parts"/> give, written as they come.</summary>
    public static async Task WriteCsvAsync(UnitIndicatorTable frame, IAsyncEnumerable<UnitIndicatorTable> parts, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(frame);
        ArgumentNullException.ThrowIfNull(parts);
        ArgumentNullException.ThrowIfNull(output);
        await output.WriteAsync(Encoding.UTF8.GetPreamble(), cancellationToken);
        await using var csv = new StreamWriter(output, new UTF8Encoding(false), 1 << 16, leaveOpen: true) { NewLine = "\r\n" };
        await csv.WriteLineAsync(string.Join(';', Header(Columns(frame)).Select(Quote)));
        await csv.FlushAsync(cancellationToken);
        await foreach (var part in parts.WithCancellation(cancellationToken))
        {
            var columns = Columns(part);
            foreach (var unit in part.Units)
            {
                var cells = columns.Select(c => c.Value(unit)?.ToString("0.######", VietnameseText.Culture) ?? "");
                await csv.WriteLineAsync(string.Join(';', new[] { Quote(unit.Code), Quote(unit.Name) }.Concat(cells)));
            }

            await csv.FlushAsync(cancellationToken);
        }
    }

    private static List<string> Header(List<Column> columns) => ["Mã đơn vị", "Đơn vị", .. columns.Select(c => c.Header)];

    private sealed record Column(string Header, Func<OrgUnit, decimal?> Value);

    // Each indicator's value, then its comparisons with the earlier requests the table has.
    private static List<Column> Columns(UnitIndicatorTable table)
    {
        var previous = table.Trends?.Previous;
        var yearAgo = table.Trends?.YearAgo;
        var columns = new List<Column>();
        foreach (var i in table.Indicators)
        {
            var change = i.Unit == MeasureUnit.Percent ? "điểm %" : i.Unit.Label();
            columns.Add(new($"{i.Name} ({i.Unit.Label()})", u => table.ValueAt(u.Id, i.Key)));
            if (previous is not null)
            {
                columns.Add(new($"{i.Name}: kỳ trước ({previous.PeriodLabel})", u => table.PreviousAt(u.Id, i)?.Value));
                columns.Add(new($"{i.Name}: tăng/giảm so với kỳ trước ({change})", u => table.PreviousAt(u.Id, i)?.Change));
            }

            if (yearAgo is not null)
            {
                columns.Add(new($"{i.Name}: cùng kỳ năm trước ({yearAgo.PeriodLabel})", u => table.YearAgoAt(u.Id, i)?.Value));
                columns.Add(new($"{i.Name}: tăng/giảm so với cùng kỳ ({change})", u => table.YearAgoAt(u.Id, i)?.Change));
            }
        }

        return columns;
    }

    // RFC 4180 quoting; a leading = + - @ is prefixed so a cell is never run as a formula (CSV injection).
    private static string Quote(string text)
    {
        var safe = text.Length > 0 && "=+-@".Contains(text[0], StringComparison.Ordinal) ? "'" + text : text;
        return "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
