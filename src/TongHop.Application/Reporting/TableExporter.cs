using System.Globalization;
using System.Text;
using TongHop.Core.Indicators;
using TongHop.Synthesis.Drafting;
using TongHop.Synthesis.Workbook;
using TongHop.Text.Normalization;

namespace TongHop.Application.Reporting;

/// <summary>
/// Writes the units × indicators table as <c>.xlsx</c> (numbers stay numbers; Excel shows them in the
/// reader's locale) or <c>.csv</c> (UTF-8 with BOM so Excel opens Vietnamese correctly; ';' separator and
/// decimal comma, as Vietnamese-locale Excel expects).
/// </summary>
public static class TableExporter
{
    public static byte[] ToXlsx(UnitIndicatorTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var header = new[] { "Mã đơn vị", "Đơn vị" }.Concat(table.Indicators.Select(i => $"{i.Name} ({i.Unit.Code()})")).ToList();
        var rows = table.Units.Select(u => (IReadOnlyList<object?>)[u.Code, u.Name, .. table.Indicators.Select(i => (object?)table.ValueAt(u.Id, i.Key))]);
        return XlsxWriter.Write("Chỉ tiêu", header, rows);
    }

    public static byte[] ToCsv(UnitIndicatorTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var csv = new StringBuilder();
        csv.AppendJoin(';', new[] { "Mã đơn vị", "Đơn vị" }.Concat(table.Indicators.Select(i => $"{i.Name} ({i.Unit.Code()})")).Select(Quote)).Append("\r\n");
        foreach (var unit in table.Units)
        {
            var cells = table.Indicators.Select(i => table.ValueAt(unit.Id, i.Key)?.ToString("0.######", VietnameseText.Culture) ?? "");
            csv.AppendJoin(';', new[] { Quote(unit.Code), Quote(unit.Name) }.Concat(cells)).Append("\r\n");
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    // RFC 4180 quoting; a leading = + - @ is prefixed so a cell is never run as a formula (CSV injection).
    private static string Quote(string text)
    {
        var safe = text.Length > 0 && "=+-@".Contains(text[0], StringComparison.Ordinal) ? "'" + text : text;
        return "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
