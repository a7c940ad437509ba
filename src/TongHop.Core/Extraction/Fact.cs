namespace TongHop.Core.Extraction;

/// <summary>A quantity in the text that no catalog indicator claims, with its noun phrase ("74 máy tính").</summary>
public sealed record Fact(decimal Value, string Unit, string Evidence, TextSpan Span);
