namespace TongHop.Reading.Pdf;

/// <summary>Where the text of one PDF page comes from, and why.</summary>
/// <param name="LayerWords">The text layer's word boxes (offsets into <paramref name="LayerText"/>), where known.</param>
internal sealed record PageSource(int Number, string LayerText, bool UseOcr, string Reason)
{
    public Layout.PageWords? LayerWords { get; init; }
}
