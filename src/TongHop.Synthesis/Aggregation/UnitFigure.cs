using TongHop.Core.Indicators;

namespace TongHop.Synthesis.Aggregation;

/// <summary>One unit's figure for one indicator, with numerator/denominator where the report gave them.</summary>
public readonly record struct UnitFigure(int UnitId, string UnitName, decimal Value, decimal? Numerator = null, decimal? Denominator = null);
