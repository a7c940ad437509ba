using System.Text.Json.Serialization;

namespace TongHop.Application.PageImages;

/// <summary>
/// The word boxes of a submission's pages, with offsets into its <em>restored</em> text (what the values' evidence
/// spans point into): <see cref="Words"/> holds [start, end, left, top, width, height] per word, in pixels of a
/// <see cref="Width"/> × <see cref="Height"/> image of the page.
/// </summary>
public sealed record StoredPage(
    [property: JsonPropertyName("page")] int Page,
    [property: JsonPropertyName("width")] int Width,
    [property: JsonPropertyName("height")] int Height,
    [property: JsonPropertyName("words")] IReadOnlyList<int[]> Words);

/// <summary>All pages' word boxes of one submission (the file <c>words.json</c> beside its page images).</summary>
public sealed record StoredPages([property: JsonPropertyName("pages")] IReadOnlyList<StoredPage> Pages)
{
    public static StoredPages Empty { get; } = new([]);
}

/// <summary>One box to draw on page <see cref="Page"/>, as fractions (0–1) of the page image's width and height.</summary>
public readonly record struct EvidenceBox(int Page, double X, double Y, double Width, double Height);
