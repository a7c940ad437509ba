using TongHop.Core.Extraction;
using TongHop.Core.Indicators;
using TongHop.Synthesis.Drafting;
using TongHop.Text.Dates;

namespace TongHop.Synthesis.Workbook;

/// <summary>
/// The synthesis as an Excel workbook: units × indicators (the counted values, numbers as numbers, the
/// province figure last), the evidence of every counted value (unit, indicator, value, sentence, document),
/// and the reporting status of every expected unit.
/// </summary>
public static class SynthesisWorkbook
{
    public static byte[] Write(SynthesisInput input, SynthesisOptions options)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(options);
        var counted = new CountedValues(input.Units, options.MinConfidence);
        var results = IndicatorResult.From(input, counted).Where(r => r.Actual.Count > 0).ToList();
        return XlsxWriter.Write([Table(input, results, counted), Evidence(input, counted), Status(input)]);
    }

    private static XlsxSheet Table(SynthesisInput input, List<IndicatorResult> results, CountedValues counted)
    {
        var header = new List<string> { "Mã đơn vị", "Đơn vị" };
        header.AddRange(results.Select(r => $"{r.Indicator.Name} ({r.Indicator.Unit.Code()})"));
        var rows = input.Units.Select(u => (IReadOnlyList<object?>)[u.Code, u.Name, .. results.Select(r => (object?)counted.Get(u.Id, r.Indicator.Key, ValueKind.Actual)?.Value)]).ToList();
        rows.Add(["", "Toàn tỉnh", .. results.Select(r => (object?)r.Actual.Value)]);
        return new XlsxSheet("Chỉ tiêu", header, rows);
    }

    private static XlsxSheet Evidence(SynthesisInput input, CountedValues counted)
    {
        var rows = from u in input.Units
                   from i in input.Indicators
                   from kind in new[] { ValueKind.Actual, ValueKind.Target }
                   let v = counted.Get(u.Id, i.Key, kind)
                   where v is not null
                   select (IReadOnlyList<object?>)[u.Name, i.Name, kind == ValueKind.Target ? "Mục tiêu" : "Kết quả", v.Value, i.Unit.Code(),
                       v.Reviewed ? "Đã xác nhận" : "Tự động", v.Evidence, u.Document?.Number ?? u.Document?.FileName ?? ""];
        return new XlsxSheet("Căn cứ", ["Đơn vị", "Chỉ tiêu", "Loại", "Giá trị", "Đơn vị tính", "Rà soát", "Câu trích", "Văn bản"], rows.ToList());
    }

    private static XlsxSheet Status(SynthesisInput input)
    {
        var rows = input.Units.Select(u => (IReadOnlyList<object?>)
        [
            u.Code, u.Name, AppendixSection.State(u.State),
            u.ReceivedLocal is { } r ? r : null,
            u.Document?.Number ?? "", u.Document?.Date is { } d ? d : null,
        ]).ToList();
        return new XlsxSheet("Tình hình báo cáo", ["Mã đơn vị", "Đơn vị", "Tình trạng", "Thời điểm nhận", "Số văn bản", "Ngày văn bản"], rows);
    }
}
