namespace TongHop.Application.Demo;

/// <summary>A synthetic report text and the values written into it (key, kind, value, numerator, denominator, line).</summary>
public sealed record DemoReport(string Text, IReadOnlyList<DemoValue> Values);
