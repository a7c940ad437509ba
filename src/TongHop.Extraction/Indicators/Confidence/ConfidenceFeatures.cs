namespace TongHop.Extraction.Indicators.Confidence;

/// <summary>
/// What the confidence of one indicator value is computed from: how the value was read (a table cell, a
/// phrasing in its sentence, a unit word), how closely, how many other readings competed for the same number,
/// and how clean the sentence is. Named numbers, in the order of <see cref="Names"/>; the model's weights are
/// keyed by these names.
/// </summary>
public sealed record ConfidenceFeatures(IReadOnlyList<double> Values)
{
    /// <summary>
    /// <c>table</c> read from a table cell; <c>headerless</c> from a table without column titles; <c>phrasing</c> the
    /// phrasing's score (longer and nearer is higher); <c>distance</c> penalty points of the nearest term; <c>spread</c>
    /// of the farthest beyond it; <c>context</c> a term only in the sentences before; <c>words</c> the phrasing's words;
    /// <c>unit_word</c> the noun after the number is a unit word of the indicator; <c>unit_only</c> that alone carried
    /// it; <c>parts_sum</c> a sum of parts; <c>margin</c> the score over the best other indicator for the same number
    /// (3 when none); <c>rivals</c> how many other indicators wanted it; <c>numbers</c> figures in the sentence;
    /// <c>quality</c> share of valid syllables in the sentence (OCR damage left after repair); <c>kind_cue</c> the
    /// kind came from a cue, not the default; <c>qualifier</c> "trên", "khoảng"…; <c>percent</c>, <c>money</c> the
    /// indicator's unit; <c>fraction</c> numerator and denominator given; <c>competitors</c> log(1 + n) of the other
    /// values of the same indicator the report's readings offered and the choice left (n distinct values, none of them
    /// a part of the chosen one); <c>small</c> a value under 3 that is no percent (a "01" or "02" whose only support is a
    /// word beside it); <c>change</c> a number of its sentence is a change ("tăng 12", "cấp mới 15"); <c>list_item</c> read
    /// from an item of a list joined by ";"; <c>siblings</c> log(1 + n) of the figures near it that count the same thing
    /// (the head word of their noun) and no value claimed. Since session 22: <c>few</c> a count of 3 to 9 that is no percent
    /// (finer than <c>small</c>); <c>siblings_sentence</c> log(1 + n) of those figures in the value's own sentence (the
    /// others in <c>siblings</c> may be a paragraph away); <c>other_body</c> the sentence names, before the value, a body
    /// other than the issuer (<see cref="OtherBodies"/>: "Trung tâm Giáo dục … có", "UBND xã Pa Ủ" in a border post's
    /// report, "các xã");
    /// <c>other_year</c> the year the number refers to (its "năm YYYY", <c>Years.Near</c>) is another than the report's.
    /// </summary>
    public static readonly string[] Names =
    [
        "table", "headerless", "phrasing", "distance", "spread", "context", "words", "unit_word", "unit_only", "parts_sum",
        "margin", "rivals", "numbers", "quality", "kind_cue", "qualifier", "percent", "money", "fraction",
        "competitors", "small", "change", "list_item", "siblings", "few", "siblings_sentence", "other_body", "other_year",
    ];

    public IEnumerable<(string Name, double Value)> Named => Names.Zip(Values);
}
