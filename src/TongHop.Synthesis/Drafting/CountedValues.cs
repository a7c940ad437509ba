using TongHop.Core.Extraction;
using TongHop.Core.Indicators;

namespace TongHop.Synthesis.Drafting;

/// <summary>
/// Which value of each unit counts for each indicator and kind (<see cref="CountingRule"/>; the synthesis loader
/// already gives only those), and whether it enters the text: it does when a reviewer confirmed or corrected it,
/// or when the extractor's confidence reaches the threshold; the others are held back and listed in the
/// data-quality notes.
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
            var read = unit.Values.Select((v, i) => (Value: v, Order: (long)i));
            foreach (var best in read.GroupBy(p => (p.Value.IndicatorKey, p.Value.Kind)).Select(g => CountingRule.Best(g, p => p.Value.Reviewed, p => p.Value.Confidence, p => p.Order).Value))
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
}
