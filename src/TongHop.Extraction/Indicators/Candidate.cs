using TongHop.Core.Extraction;
using TongHop.Extraction.Indicators.Matching;

namespace TongHop.Extraction.Indicators;

/// <summary>
/// A possible value of an indicator: the measurements it is read from (several when parts are summed),
/// the value, how well it is supported, and the rule that fired (for the reviewer).
/// </summary>
/// <param name="Table">Set for a value read from a table cell: the column says its kind and year, and the evidence
/// names row and column.</param>
/// <param name="Kind">Set where the rule that found the value also says its kind (<see cref="CarriedLabels"/>).</param>
/// <param name="Ceiling">The highest confidence the rule that found the value allows (a reading the text does not
/// settle, such as a table's parts added up where it states no total, stays under the sure mark).</param>
internal sealed record Candidate(
    CompiledIndicator Indicator,
    IReadOnlyList<Measurement> From,
    decimal Value,
    double Score,
    string Reason,
    TableOrigin? Table = null,
    Support Support = default,
    ValueKind? Kind = null,
    double Ceiling = 1.0)
{
    public Measurement First => From[0];
}

/// <summary>Where a table value comes from: its column's kind (null without a header) and year, the evidence
/// ("Tỷ lệ hồ sơ trực tuyến (%) — Thực hiện 2025: 84,7"), and a share's parts where a cell gives them.</summary>
internal sealed record TableOrigin(ValueKind? Kind, int? Period, string Evidence, decimal? Numerator, decimal? Denominator);

/// <summary>What a candidate's score is made of, for the confidence model: the phrasing's own score, the nearest
/// term's penalty points and the farther terms', how far back a "~" term was, the phrasing's length, whether the
/// noun after the number is a unit word of the indicator, and whether that alone carried it ("74 máy tính").</summary>
internal readonly record struct Support(double Phrasing, double Distance, double Spread, int ContextBack, int Words, bool UnitWord, bool UnitOnly);
