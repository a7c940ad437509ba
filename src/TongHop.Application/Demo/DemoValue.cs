using TongHop.Core;
using TongHop.Core.Extraction;

namespace TongHop.Application.Demo;

/// <summary>A value the demo report states, with the line it stands on as evidence ([start, end) into the text).</summary>
public sealed record DemoValue(string Key, ValueKind Kind, decimal Value, decimal? Numerator, decimal? Denominator, string Evidence, TextSpan Span);
