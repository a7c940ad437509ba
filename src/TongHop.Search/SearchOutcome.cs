using TongHop.Search.Querying;
using TongHop.Search.Results;

namespace TongHop.Search;

/// <summary>
/// What a search gave: a <see cref="Problem"/> (its <see cref="Error"/> in English, for the CLI; the web says it in
/// Vietnamese from its kind), or text hits, or, for an indicator <see cref="Condition"/>, the matching values
/// (<see cref="ValueTotal"/> in all, <see cref="Values"/> the first ones).
/// </summary>
public sealed record SearchOutcome(SearchError? Problem, IndicatorCondition? Condition, SearchResults Text, int ValueTotal, IReadOnlyList<IndicatorHit> Values)
{
    public string? Error => Problem?.English;

    public bool IsValueSearch => Condition is not null;
}
