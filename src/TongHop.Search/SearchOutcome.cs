using TongHop.Search.Querying;
using TongHop.Search.Results;

namespace TongHop.Search;

/// <summary>
/// What a search gave: an <see cref="Error"/> (English, for the API and CLI), or text hits, or, for an indicator
/// <see cref="Condition"/>, the matching values (<see cref="ValueTotal"/> in all, <see cref="Values"/> the first ones).
/// </summary>
public sealed record SearchOutcome(string? Error, IndicatorCondition? Condition, SearchResults Text, int ValueTotal, IReadOnlyList<IndicatorHit> Values)
{
    public bool IsValueSearch => Condition is not null;
}
