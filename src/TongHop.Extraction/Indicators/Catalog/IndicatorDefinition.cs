using System.Collections.Immutable;
using TongHop.Core.Extraction;
using TongHop.Core.Indicators;

namespace TongHop.Extraction.Indicators.Catalog;

/// <summary>
/// One indicator of the catalog: what it is (key, group, Vietnamese name, unit, aggregation, definition, whether
/// the synthesis may cite it as a highlight and draws it as a chart) and how reports write it (phrasings, unit
/// words, exclusions). Immutable. The catalog file is read into these by <see cref="IndicatorCatalog"/> only.
/// </summary>
/// <param name="Key">Stable identifier, e.g. "online_dossier_rate".</param>
/// <param name="IsRatio">A percent that reports may give as numerator/denominator ("496/757").</param>
/// <param name="Aggregate">How the province-wide figure is formed.</param>
/// <param name="UnitWords">Folded nouns written right after a count of this indicator ("may tinh").</param>
/// <param name="UnitWordSuffices">A count followed by a unit word is this indicator even without a phrasing ("74 máy tính").</param>
/// <param name="Exclusions">Folded terms that, before the number in its sentence or in its noun, mean it is
/// not this indicator ("13 máy tính cấu hình cũ").</param>
/// <param name="SumsParts">Counts listed in one statement add up ("05 chứng thư số … và … 33 chứng thư số" is 38).</param>
/// <param name="DefaultKind">The kind when the sentence has no cue (a budget request is a target).</param>
/// <param name="AcceptsRequests">Numbers after a request word ("đề nghị") still count (a budget request).</param>
/// <param name="Highlight">The synthesis may name the leading unit of this indicator among the highlights
/// (false for context such as area, population or headcount).</param>
/// <param name="Chart">The synthesis draws this indicator as a bar chart by unit.</param>
/// <param name="WrittenUnitWords">The unit words as the catalog writes them, with their marks (lower case, NFC): where
/// a text writes marks, a one-syllable unit word is told from the words it folds like ("bản" from "ban").</param>
/// <param name="UnitWordRequired">A count is this indicator only where a unit word names it, after the number ("xã có
/// 12 thôn") or as the label it is given for ("Số thôn: 12"): its phrasings only say where such a count stands (a
/// commune's description: "xã có", "gồm", "hiện có"), so a bare number after them ("Số máy tính hiện có: 52") is not it.</param>
public sealed record IndicatorDefinition(
    string Key,
    string Group,
    string Name,
    MeasureUnit Unit,
    bool IsRatio,
    AggregateMethod Aggregate,
    string Definition,
    ImmutableArray<IndicatorPhrasing> Phrasings,
    ImmutableArray<string> UnitWords,
    bool UnitWordSuffices,
    ImmutableArray<string> Exclusions,
    bool SumsParts,
    ValueKind DefaultKind,
    bool AcceptsRequests,
    bool Highlight = true,
    bool Chart = false,
    IReadOnlyList<string>? WrittenUnitWords = null,
    bool UnitWordRequired = false);
