namespace TongHop.Extraction.Indicators.Matching;

/// <summary>An occurrence of a catalog term in a document: <c>[Start, End)</c> into the text.</summary>
internal readonly record struct TermHit(int TermId, int Start, int End);
