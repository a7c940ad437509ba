using TongHop.Core.Indicators;

namespace TongHop.Synthesis.Aggregation;

/// <summary>
/// A province-wide figure and the spread behind it. <see cref="Value"/> is null when no unit reported.
/// <see cref="Basis"/> says in Vietnamese how the value was formed, so a reader sees why it is what it is.
/// </summary>
/// <param name="Count">Units whose figure went into <see cref="Value"/>.</param>
/// <param name="Ranked">The units' figures, highest first (ties by unit name).</param>
public sealed record AggregateResult(
    AggregateMethod Method,
    decimal? Value,
    int Count,
    decimal? Min,
    decimal? Max,
    decimal? Median,
    string Basis,
    IReadOnlyList<UnitFigure> Ranked);
