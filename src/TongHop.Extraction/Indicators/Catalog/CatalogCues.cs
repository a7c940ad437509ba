using System.Collections.Immutable;

namespace TongHop.Extraction.Indicators.Catalog;

/// <summary>
/// Words that tell a goal from a result, and a request from either. Folded terms, like phrasings.
/// </summary>
/// <param name="StrongTarget">Always make a number a target: "phấn đấu", "dự kiến", "bố trí tối thiểu".</param>
/// <param name="WeakTarget">Make it a target unless a result word comes first: "mục tiêu" (but "đã hoàn thành mục tiêu").</param>
/// <param name="Actual">Result words: "kết quả", "đã đạt", "hiện có".</param>
/// <param name="Request">A number after these is asked for, not achieved: "đề nghị trang bị mới 21 máy tính".</param>
/// <param name="TargetSections">Top-level section titles whose numbers are plans: "phương hướng", "kế hoạch".</param>
/// <param name="ActualSections">Section title words that override a plan title: "kết quả", "tình hình".</param>
public sealed record CatalogCues(
    ImmutableArray<string> StrongTarget,
    ImmutableArray<string> WeakTarget,
    ImmutableArray<string> Actual,
    ImmutableArray<string> Request,
    ImmutableArray<string> TargetSections,
    ImmutableArray<string> ActualSections);
