namespace TongHop.Extraction.Indicators;

/// <summary>
/// The words, folded, that say a count is a whole or that the parts of a whole follow: one home for the readers of parts
/// and totals (<see cref="PartsSummer"/>, <see cref="LabelledParts"/>, <see cref="SubUnitParts"/>, and the total row of
/// <c>Tables/IndicatorColumnTable</c>). A whole named by "toàn" and a unit word is <see cref="WholeUnitWords"/>.
/// Found as whole words (<c>FoldedWords.HasAny</c>): "tong" also finds "tong cong", "tong so" and "tong la".
/// </summary>
internal static class TotalWords
{
    /// <summary>"tổng", "tổng cộng", "tổng số", "cộng lại", "tất cả": the count after them is a total.</summary>
    public static readonly string[] Total = ["tong", "cong lai", "tat ca"];

    /// <summary>The whole opening of a clause that totals the counts listed before it ("…; tổng cộng 110 chứng thư").</summary>
    public static readonly string[] ClauseOpenings = ["tong cong", "tong so", "tong", "cong lai", "tat ca", "tong cong la", "tong so la", "tong la"];

    /// <summary>"trong đó", "trong số đó", "gồm", "bao gồm": the parts of the whole named before them follow.</summary>
    public static readonly string[] Breakdown = ["trong do", "trong so do", "gom", "bao gom"];

    /// <summary>A total or a breakdown: words before a count that say it is no part of a list of parts.</summary>
    public static readonly string[] TotalOrBreakdown = [.. Total, .. Breakdown];

    /// <summary>"toàn", "cả" alone before a count: the whole unit ("toàn đơn vị", "cả cơ quan").</summary>
    public static readonly string[] WholeUnit = ["toan", "ca"];

    /// <summary>The first words of a table's total row: "Tổng cộng", "Tổng số", "Cộng", "Toàn đơn vị", "Chung", "Cả năm".</summary>
    public static readonly string[] RowTitles = ["tong cong", "tong so", "tong", "cong", "toan don vi", "chung", "ca nam"];
}
