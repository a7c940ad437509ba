using TongHop.Core.Extraction;

namespace TongHop.Synthesis.Drafting;

/// <summary>
/// Which value of each unit counts for each indicator and kind: a reviewed value first, then the most
/// confident. A value counts when a reviewer confirmed or corrected it, or when the extractor's
/// confidence reaches the threshold; the others are held back and listed in the data-quality notes.
/// </summary>
public sealed class CountedValues
{
    private readonly Dictionary<(int UnitId, string Key, ValueKind Kind), SynthesisValue> _counted = [];

    public CountedValues(IReadOnlyList<SynthesisUnit> units, double minConfidence)
    {
        ArgumentNullException.ThrowIfNull(units);
        var heldBack = new List<(SynthesisUnit, SynthesisValue)>();
        var unreviewed = 0;
        foreach (var unit in units)
        {
            foreach (var best in unit.Values.GroupBy(v => (v.IndicatorKey, v.Kind)).Select(Best))
            {
                if (best.Reviewed || best.Confidence >= minConfidence)
                {
                    _counted[(unit.Id, best.IndicatorKey, best.Kind)] = best;
                    unreviewed += best.Reviewed ? 0 : 1;
                }
                else
                {
                    heldBack.Add((unit, best));
                }
            }
        }

        HeldBack = heldBack;
        Unreviewed = unreviewed;
    }

    /// <summary>Values below the threshold that no reviewer has confirmed: not in the text.</summary>
    public IReadOnlyList<(SynthesisUnit Unit, SynthesisValue Value)> HeldBack { get; }

    /// <summary>How many counted values entered on the extractor's confidence alone.</summary>
    public int Unreviewed { get; }

    public SynthesisValue? Get(int unitId, string key, ValueKind kind) =>
        _counted.TryGetValue((unitId, key, kind), out var v) ? v : null;

    private static SynthesisValue Best(IEnumerable<SynthesisValue> values) =>
        values.OrderByDescending(v => v.Reviewed).ThenByDescending(v => v.Confidence).First();
}
