using TongHop.Core;

namespace TongHop.Extraction.Citations;

/// <summary>A document number/symbol read from a text, normalised ("327/QĐ-UBND"), and where it is written (<c>[start, end)</c>).</summary>
public readonly record struct NumberMatch(string Number, TextSpan Span);
