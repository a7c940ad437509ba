using TongHop.Reading.Ocr;
using TongHop.Reading.Text;

namespace TongHop.Reading;

/// <summary>
/// Settings shared by every read, built once. Immutable; a <see cref="DocumentReader"/> built from
/// them is thread-safe.
/// </summary>
public sealed record ReadingOptions
{
    /// <summary>
    /// Judges how Vietnamese a text is: the share (0–1) of its word tokens that are valid Vietnamese
    /// syllables written with their diacritics. Used to decide, per PDF page, whether the text layer
    /// is usable or the page must be OCR'd. The default is <see cref="VietnameseShapeJudge.Measure"/>: the
    /// Text stage's syllable share (<c>TextQuality</c>) times the share of words written with Vietnamese marks.
    /// </summary>
    public Func<string, double> TextQuality { get; init; } = VietnameseShapeJudge.Measure;

    /// <summary>
    /// A PDF page whose text layer scores below this is OCR'd from its image instead. English OCR of
    /// Vietnamese scans (the shared samples) scores about 0.3 with the default judge; typed text about 1.
    /// </summary>
    public double MinTextLayerQuality { get; init; } = 0.5;

    public OcrOptions Ocr { get; init; } = OcrOptions.FromEnvironment();

    /// <summary>
    /// Poppler's <c>pdftotext</c>, asked for the text of annotation appearances on PDF pages that have them (the number
    /// and date an e-office stamps into a signed document); without it those pages keep their letters only.
    /// </summary>
    public string PdftotextPath { get; init; } = "pdftotext";

    /// <summary>Limits that keep hostile DOCX files (zip bombs) bounded.</summary>
    public ArchiveLimits Archive { get; init; } = new();

    public static ReadingOptions Default { get; } = new();
}
