namespace TongHop.Core.Indicators;

/// <summary>
/// What an indicator's value measures. The catalog file, the extract contract and the database write it by its
/// code (<see cref="MeasureUnits.Code"/>: <c>percent</c>, <c>count</c> …); pages and documents show its Vietnamese
/// label (<see cref="MeasureUnits.Label"/>). Not to be confused with an org unit (đơn vị báo cáo).
/// </summary>
public enum MeasureUnit
{
    /// <summary><c>count</c>: things (stations, computers, documents).</summary>
    Count,

    /// <summary><c>percent</c>: a share, possibly stated as numerator/denominator.</summary>
    Percent,

    /// <summary><c>people</c>: persons (staff, members, participants, population).</summary>
    People,

    /// <summary><c>vnd</c>: money in đồng.</summary>
    Vnd,

    /// <summary><c>km2</c>: area in square kilometres.</summary>
    Km2,
}
