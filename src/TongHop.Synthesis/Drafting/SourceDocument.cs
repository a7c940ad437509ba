namespace TongHop.Synthesis.Drafting;

/// <summary>A unit report as the annex lists it: its number ("123/BC-UBND"), date and file name.</summary>
public sealed record SourceDocument(string? Number, DateOnly? Date, string FileName);
