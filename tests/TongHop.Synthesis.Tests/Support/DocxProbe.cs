using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace TongHop.Synthesis.Tests.Support;

/// <summary>A generated .docx opened with the Open XML SDK, with the lookups the tests need.</summary>
public sealed class DocxProbe : IDisposable
{
    private readonly MemoryStream _stream;

    public DocxProbe(byte[] bytes)
    {
        _stream = new MemoryStream(bytes);
        Document = WordprocessingDocument.Open(_stream, false);
    }

    public WordprocessingDocument Document { get; }

    public MainDocumentPart Main => Document.MainDocumentPart!;

    public Body Body => Main.Document!.Body!;

    /// <summary>Every paragraph of the body, tables included, in order.</summary>
    public IReadOnlyList<Paragraph> Paragraphs => Body.Descendants<Paragraph>().ToList();

    public string Text => string.Join("\n", Paragraphs.Select(p => p.InnerText));

    public string Footnotes => string.Join("\n", Main.FootnotesPart!.Footnotes!.Elements<Footnote>().Select(f => f.InnerText));

    public Paragraph ParagraphOf(string text) => Paragraphs.First(p => p.InnerText == text);

    /// <summary>Size in points of the first run of the paragraph whose text is <paramref name="text"/>.</summary>
    public double SizeOf(string text) => double.Parse(Run(text).RunProperties!.FontSize!.Val!.Value!, System.Globalization.CultureInfo.InvariantCulture) / 2;

    public bool IsBold(string text) => Run(text).RunProperties?.Bold is not null;

    public bool IsItalic(string text) => Run(text).RunProperties?.Italic is not null;

    public IReadOnlyList<SectionProperties> Sections => Body.Descendants<SectionProperties>().ToList();

    private Run Run(string text) => ParagraphOf(text).Elements<Run>().First();

    public void Dispose()
    {
        Document.Dispose();
        _stream.Dispose();
    }
}
