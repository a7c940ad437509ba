namespace TongHop.Reading;

/// <summary>
/// A kind of file TongHop reads, as its reader declares it (<see cref="IDocumentReader.Format"/>): the name a message
/// gives it ("not a PDF file"), the phrase that offers it ("send the report as … an image") and its file extensions,
/// most usual first. <see cref="SupportedFormats"/> lists them for every message, help text and file picker.
/// </summary>
public sealed record InputFormat(string Name, string Offer, IReadOnlyList<string> Extensions);
