namespace TongHop.Core.Documents;

/// <summary>
/// The text read from one input document, before repair. Produced by a reader of the Reading stage.
/// </summary>
/// <param name="Path">The path the document was read from.</param>
/// <param name="Sha256">Lower-case hex SHA-256 of the original bytes.</param>
/// <param name="Format">Container format: <c>txt</c>, <c>docx</c>, <c>pdf</c> or <c>image</c>.</param>
/// <param name="Pages">Number of pages where the format has pages, otherwise <c>null</c>.</param>
/// <param name="TextFrom">Where the text came from: <c>plain</c>, <c>docx</c>, <c>pdf-text-layer</c> or <c>ocr</c>.</param>
/// <param name="Text">The text, Unicode NFC, lines separated by <c>\n</c>.</param>
/// <param name="Encoding">The detected character encoding for plain text (e.g. <c>utf-8</c>), otherwise <c>null</c>.</param>
public sealed record SourceText(
    string Path,
    string Sha256,
    string Format,
    int? Pages,
    string TextFrom,
    string Text,
    string? Encoding = null);
