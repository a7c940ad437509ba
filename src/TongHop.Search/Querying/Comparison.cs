namespace TongHop.Search.Querying;

/// <summary>How an indicator value is compared in an <see cref="IndicatorCondition"/>.</summary>
public enum Comparison
{
    Less,
    LessOrEqual,
    Equal,
    GreaterOrEqual,
    Greater,

    /// <summary>Between two bounds, both included.</summary>
    Between,
}
