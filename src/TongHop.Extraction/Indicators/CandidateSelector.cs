using TongHop.Core.Extraction;

namespace TongHop.Extraction.Indicators;

/// <summary>
/// Picks the best-supported statement for each indicator: candidates by falling score, each measurement
/// used once, one value per indicator and kind, and a further value only for a different stated year.
/// </summary>
internal static class CandidateSelector
{
    public static List<(Candidate Candidate, ValueKind Kind, int? Period, string Why)> Select(
        IEnumerable<Candidate> candidates, Func<Candidate, (ValueKind Kind, int? Period, string Why)> kindOf)
    {
        var chosen = new List<(Candidate, ValueKind, int?, string)>();
        var used = new HashSet<Measurement>();
        var taken = new Dictionary<(string, ValueKind), List<int?>>();
        foreach (var c in candidates.OrderByDescending(c => c.Score).ThenBy(c => c.First.Span.Start))
        {
            if (c.From.Any(used.Contains))
            {
                continue;
            }

            var (kind, period, why) = kindOf(c);
            var key = (c.Indicator.Definition.Key, kind);
            if (taken.TryGetValue(key, out var periods) && (period is null || periods.Any(p => p is null || p == period)))
            {
                continue;
            }

            (taken.TryGetValue(key, out var list) ? list : taken[key] = []).Add(period);
            used.UnionWith(c.From);
            chosen.Add((c, kind, period, why));
        }

        return chosen;
    }
}
