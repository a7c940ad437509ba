using TongHop.Core.Contract;
using TongHop.Core.Extraction;

namespace TongHop.Pipeline.Tests.Golden;

/// <summary>
/// Indicator F1 of extracted values against gold: a value matches when its key and value agree (percents
/// to 0.05) and, where gold gives them, its numerator and denominator too. Kind accuracy is the share of
/// matched values whose target/actual kind agrees with gold.
/// </summary>
public sealed record IndicatorScore(int TruePositives, int Extracted, int Expected, int KindRight, IReadOnlyList<string> Misses)
{
    public double Precision => Extracted == 0 ? (Expected == 0 ? 1 : 0) : (double)TruePositives / Extracted;

    public double Recall => Expected == 0 ? 1 : (double)TruePositives / Expected;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public double KindAccuracy => TruePositives == 0 ? 1 : (double)KindRight / TruePositives;

    public static IndicatorScore Of(IReadOnlyList<IndicatorValue> extracted, IReadOnlyList<GoldIndicator> gold)
    {
        var unmatched = extracted.ToList();
        var misses = new List<string>();
        int hits = 0, kinds = 0;
        foreach (var g in gold)
        {
            var match = unmatched.FirstOrDefault(v => Matches(v, g));
            if (match is null)
            {
                misses.Add($"missed {g.Key}={g.Value} ({Describe(extracted.Where(v => v.Key == g.Key))})");
                continue;
            }

            unmatched.Remove(match);
            hits++;
            kinds += ContractNames.Of(match.Kind) == g.Kind ? 1 : 0;
        }

        misses.AddRange(unmatched.Select(v => $"extra {v.Key}={v.Value} «{v.Evidence}»"));
        return new IndicatorScore(hits, extracted.Count, gold.Count, kinds, misses);
    }

    public static IndicatorScore Sum(IEnumerable<IndicatorScore> scores) => scores.Aggregate(
        new IndicatorScore(0, 0, 0, 0, []),
        (a, b) => new IndicatorScore(a.TruePositives + b.TruePositives, a.Extracted + b.Extracted, a.Expected + b.Expected,
            a.KindRight + b.KindRight, [.. a.Misses, .. b.Misses]));

    public override string ToString() =>
        $"P={Precision:0.000} R={Recall:0.000} F1={F1:0.000} kind={KindAccuracy:0.000} ({TruePositives}/{Extracted} extracted, {Expected} expected)";

    private static bool Matches(IndicatorValue v, GoldIndicator g) =>
        v.Key == g.Key && Math.Abs(v.Value - g.Value) <= 0.05m &&
        (g.Numerator is null || v.Numerator == g.Numerator) && (g.Denominator is null || v.Denominator == g.Denominator);

    private static string Describe(IEnumerable<IndicatorValue> values) =>
        string.Join("; ", values.Select(v => $"got {v.Value} {v.Numerator}/{v.Denominator} «{v.Evidence}»"));
}
