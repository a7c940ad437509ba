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
/// </summary>
public static class TableExporter
{
    public static byte[] ToXlsx(UnitIndicatorTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var columns = Columns(table);
        var header = new[] { "Mã đơn vị", "Đơn vị" }.Concat(columns.Select(c => c.Header)).ToList();
        var rows = table.Units.Select(u => (IReadOnlyList<object?>)[u.Code, u.Name, .. columns.Select(c => (object?)c.Value(u))]);
        return XlsxWriter.Write("Chỉ tiêu", header, rows);
    }

    public static byte[] ToCsv(UnitIndicatorTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var columns = Columns(table);
        var csv = new StringBuilder();
        csv.AppendJoin(';', new[] { "Mã đơn vị", "Đơn vị" }.Concat(columns.Select(c => c.Header)).Select(Quote)).Append("\r\n");
        foreach (var unit in table.Units)
        {
            var cells = columns.Select(c => c.Value(unit)?.ToString("0.######", VietnameseText.Culture) ?? "");
            csv.AppendJoin(';', new[] { Quote(unit.Code), Quote(unit.Name) }.Concat(cells)).Append("\r\n");
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

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
