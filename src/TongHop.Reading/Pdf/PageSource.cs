namespace TongHop.Reading.Pdf;

/// <summary>Where the text of one PDF page comes from, and why.</summary>
internal sealed record PageSource(int Number, string LayerText, bool UseOcr, string Reason);
