using TongHop.Core.Indicators;
using TongHop.Synthesis.Aggregation;

namespace TongHop.Synthesis.Drafting;

/// <summary>
/// A catalog indicator as the synthesis uses it: key, group key (<c>ha_tang</c> …), Vietnamese name, measure unit,
/// aggregation, whether its leading unit may be named among the highlights and whether it is drawn as a chart.
/// </summary>
public sealed record SynthesisIndicator(string Key, string Group, string Name, MeasureUnit Unit, AggregateMethod Aggregate, bool Highlight = true, bool Chart = false);
