namespace TongHop.Synthesis.Drafting;

/// <summary>
/// What the synthesis compares its figures with: the previous request of the same kind and the same period a year earlier
/// (either may be missing, or both be the same request, as for a nine-month report whose previous one is last year's), and
/// each indicator's province figure in them, by indicator key. The drafting words the comparison (<see cref="TrendText"/>).
/// </summary>
public sealed record SynthesisTrends(
    EarlierRequest? Previous,
    EarlierRequest? YearAgo,
    IReadOnlyDictionary<string, decimal> PreviousValues,
    IReadOnlyDictionary<string, decimal> YearAgoValues)
{
    /// <summary>Nothing to compare with: no earlier request of the kind.</summary>
    public static SynthesisTrends None { get; } = new(null, null, new Dictionary<string, decimal>(), new Dictionary<string, decimal>());
}

/// <summary>An earlier request a synthesis is compared with.</summary>
/// <param name="PeriodLabel">"Quý II năm 2025", "9 tháng đầu năm 2024".</param>
/// <param name="Months">The length of its period: 3 a quarter, 12 a year.</param>
/// <param name="Adjacent">Its period ends the day before this request's starts (the quarter or year just before).</param>
public sealed record EarlierRequest(int Id, string PeriodLabel, int Months, bool Adjacent);
