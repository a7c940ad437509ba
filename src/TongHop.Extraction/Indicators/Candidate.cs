using TongHop.Extraction.Indicators.Matching;

namespace TongHop.Extraction.Indicators;

/// <summary>
/// A possible value of an indicator: the measurements it is read from (several when parts are summed),
/// the value, how well it is supported, and the rule that fired (for the reviewer).
/// </summary>
internal sealed record Candidate(
    CompiledIndicator Indicator,
    IReadOnlyList<Measurement> From,
    decimal Value,
    double Score,
    string Reason)
{
    public Measurement First => From[0];
}
