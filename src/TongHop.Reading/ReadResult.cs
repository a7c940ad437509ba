using System.Diagnostics.CodeAnalysis;
using TongHop.Core.Documents;
using TongHop.Reading.Layout;

namespace TongHop.Reading;

/// <summary>
/// Either the text of a document or the reason it could not be read (one English sentence).
/// <see cref="Notes"/> records the decisions a reader took and why (e.g. "page 2: text layer quality
/// 0.31 &lt; 0.50, OCR used"), so a reviewer can see where the text came from.
/// </summary>
public sealed record ReadResult(SourceText? Source, string? Error)
{
    [MemberNotNullWhen(true, nameof(Source))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Succeeded => Source is not null;

    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>
    /// The OCR'd pages' word boxes (offsets into <see cref="SourceText.Text"/>), for drawing evidence on the
    /// page image; empty for text that was not OCR'd (plain text, DOCX, a PDF text layer).
    /// </summary>
    public IReadOnlyList<PageWords> Pages { get; init; } = [];

    /// <summary>OCR time summed over the pages (not wall time: pages run side by side): getting and cleaning the images, and tesseract.</summary>
    public Ocr.PageTimes OcrTimes { get; init; }

    public static ReadResult Ok(SourceText source, IReadOnlyList<string>? notes = null) =>
        new(source, null) { Notes = notes ?? [] };

    public static ReadResult Fail(string error) => new(null, error);
}
