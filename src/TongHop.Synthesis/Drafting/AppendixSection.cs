using TongHop.Core.Extraction;
using TongHop.Core.Indicators;
using TongHop.Synthesis.Reporting;
using TongHop.Text.Dates;
using TongHop.Text.Normalization;
using TongHop.Text.Numbers;

namespace TongHop.Synthesis.Drafting;

/// <summary>
/// Appendix I, the units × indicators table (a table per group, at most <see cref="ColumnsPerTable"/>
/// indicators wide so it fits a landscape page, with the province figure last), and Appendix II, the
/// source documents (number, date, unit): every figure of the body can be traced to them.
/// </summary>
internal static class AppendixSection
{
    private const int ColumnsPerTable = 6;

    public static IReadOnlyList<DraftAppendix> Write(SynthesisInput input, IReadOnlyList<IndicatorResult> results, CountedValues counted, SynthesisOptions options)
    {
        var note = $"(Kèm theo Báo cáo số        /BC-{options.IssuerShort} ngày     /     /{input.Date.Year} của {options.IssuerName})";
        return
        [
            new DraftAppendix("Phụ lục I", "SỐ LIỆU CHỈ TIÊU CỦA CÁC ĐƠN VỊ", note, Tables(input, results, counted).ToList(), Landscape: true),
            new DraftAppendix("Phụ lục II", "DANH MỤC BÁO CÁO CỦA CÁC ĐƠN VỊ", note, [Sources(input)], Landscape: true),
        ];
    }

    private static IEnumerable<DraftBlock> Tables(SynthesisInput input, IReadOnlyList<IndicatorResult> results, CountedValues counted)
    {
        var shown = results.Where(r => r.Actual.Count > 0).GroupBy(r => r.Indicator.Group).OrderBy(g => input.GroupRank(g.Key)).ThenBy(g => g.Key, StringComparer.Ordinal);
        var reported = input.Units.Where(u => u.Document is not null).ToList();
        var marked = false;
        foreach (var group in shown)
        {
            yield return new DraftHeading(input.GroupTitle(group.Key), 2);
            foreach (var chunk in group.Chunk(ColumnsPerTable))
            {
                var header = new List<string> { "STT", "Đơn vị" };
                header.AddRange(chunk.Select(r => $"{r.Indicator.Name} ({r.Indicator.Unit.Label()})"));
                var rows = reported.Select((u, i) => (IReadOnlyList<string>)[(i + 1).ToString(VietnameseText.Culture), u.Name, .. chunk.Select(r => Cell(u, counted.Get(u.Id, r.Indicator.Key, ValueKind.Actual)))]).ToList();
                marked |= reported.Any(u => !u.Accepted && chunk.Any(r => counted.Get(u.Id, r.Indicator.Key, ValueKind.Actual) is not null));
                rows.Add(["", "Toàn tỉnh", .. chunk.Select(r => VietnameseNumber.ToVietnamese(r.Actual.Value!.Value, r.Indicator.Unit == MeasureUnit.Percent ? 1 : 2))]);
                yield return new DraftTable(header, rows, 2);
            }
        }

        if (marked)
        {
            yield return new DraftParagraph(Acceptance.MarkNote);
        }
    }

    // A value from a report not yet accepted carries the mark.
    private static string Cell(SynthesisUnit unit, SynthesisValue? value) =>
        value is null ? "" : VietnameseNumber.ToVietnamese(value.Value, 2) + (unit.Accepted ? "" : Acceptance.Mark);

    private static DraftTable Sources(SynthesisInput input)
    {
        var rows = input.Units.Select((u, i) => (IReadOnlyList<string>)
        [
            (i + 1).ToString(VietnameseText.Culture),
            u.Name,
            u.Document?.Number ?? "",
            u.Document?.Date is { } d ? VietnameseDates.Format(d) : "",
            u.ReceivedLocal is { } r ? VietnameseDates.Format(DateOnly.FromDateTime(r)) : "",
            State(u.State),
        ]).ToList();
        return new DraftTable(["STT", "Đơn vị", "Số, ký hiệu văn bản", "Ngày văn bản", "Ngày nhận", "Tình trạng"], rows, 6);
    }

    public static string State(ReportingState state) => state switch
    {
        ReportingState.OnTime => "Đúng hạn",
        ReportingState.Late => "Trễ hạn",
        ReportingState.Missing => "Chưa gửi",
        _ => "Chưa đến hạn",
    };
}
