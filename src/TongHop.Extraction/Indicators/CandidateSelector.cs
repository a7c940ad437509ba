using TongHop.Core.Extraction;

namespace TongHop.Extraction.Indicators;

/// <summary>
/// Picks the best-supported statement for each indicator: candidates by falling score, each measurement
/// used once, one value per indicator and kind, and a further value only for a different stated year, or a target
/// of another value stated in prose beside a table's plan column (the plan of the year's start in the table, a
/// commitment for the rest of the year in the text: "Phấn đấu đến hết năm … đạt trên 85%").
/// </summary>
internal static class CandidateSelector
{
    public static List<(Candidate Candidate, ValueKind Kind, int? Period, string Why)> Select(
        IEnumerable<Candidate> candidates, Func<Candidate, (ValueKind Kind, int? Period, string Why)> kindOf)
    {
        var chosen = new List<(Candidate, ValueKind, int?, string)>();
        var used = new HashSet<Measurement>();
        var taken = new Dictionary<(string, ValueKind), List<(int? Period, bool Table, decimal Value)>>();
        foreach (var c in candidates.OrderByDescending(c => c.Score).ThenBy(c => c.First.Span.Start))
        {
            if (c.From.Any(used.Contains))
            {
                continue;
            }

            var (kind, period, why) = kindOf(c);
            var key = (c.Indicator.Definition.Key, kind);
            var table = c.Table is not null;
            if (taken.TryGetValue(key, out var periods) &&
                periods.Any(p => (period is null || p.Period is null || p.Period == period) && !AnotherPlan(kind, p.Table, p.Value, table, c.Value, periods)))
            {
                continue;
            }

            (taken.TryGetValue(key, out var list) ? list : taken[key] = []).Add((period, table, c.Value));
            used.UnionWith(c.From);
            chosen.Add((c, kind, period, why));
        }

        return chosen;
    }

    // A target from prose beside one from a table (or the other way round), of another value, where the indicator
    // has no target from that source yet.
    private static bool AnotherPlan(ValueKind kind, bool takenFromTable, decimal takenValue, bool fromTable, decimal value,
        List<(int? Period, bool Table, decimal Value)> taken) =>
        kind == ValueKind.Target && takenFromTable != fromTable && takenValue != value && !taken.Any(t => t.Table == fromTable);
}
