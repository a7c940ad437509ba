namespace TongHop.Core.Indicators;

/// <summary>A group of the indicator catalog (<c>ha_tang</c> → "Hạ tầng số"); the catalog lists its groups in report order.</summary>
public sealed record IndicatorGroup(string Key, string Title);
