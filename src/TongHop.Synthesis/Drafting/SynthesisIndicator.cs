using TongHop.Synthesis.Aggregation;

namespace TongHop.Synthesis.Drafting;

/// <summary>A catalog indicator: key, group key (<c>ha_tang</c> …), Vietnamese name, unit (percent, count, vnd, people, km2) and method.</summary>
public sealed record SynthesisIndicator(string Key, string Group, string Name, string Unit, AggregateMethod Aggregate);
