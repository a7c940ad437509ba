using System.Text.RegularExpressions;
using TongHop.Core;
using TongHop.Core.Documents;

namespace TongHop.Parsing;

/// <summary>
/// The default parser: line index and section tree. The body ends at the closing formula ("Trên đây là báo
/// cáo…") or the recipient list ("Nơi nhận:") that follows the last heading, so the last section does not swallow
/// the signature block. Work is bounded: at most <see cref="MaxHeadings"/> headings are read.
/// </summary>
public sealed class DocumentParser : IDocumentParser
{
    private static readonly char[] LineLeaders = [' ', '\t', '-', '_'];

    public const int MaxHeadings = 2000;

    public ParsedDocument Parse(string text)
    {
        var lines = LineIndex.Build(text);
        var bare = new ParsedDocument(text, lines, []);
        try
        {
            var headings = FindHeadings(text, lines);
            var bodyEnd = BodyEnd(bare, headings);
            return bare with { Sections = SectionTreeBuilder.Build(text, headings, bodyEnd) };
        }
        catch (RegexMatchTimeoutException)
        {
            return bare; // hostile input: the guard of Patterns fired; the text stays readable without sections
        }
    }

    private static List<Heading> FindHeadings(string text, IReadOnlyList<TextSpan> lines)
    {
        var headings = new List<Heading>();
        for (var i = 0; i < lines.Count && headings.Count < MaxHeadings; i++)
        {
            if (HeadingRecognizer.Recognize(text, lines, i) is { } heading)
            {
                headings.Add(heading);
            }
        }

        return headings;
    }

    private static int BodyEnd(ParsedDocument document, List<Heading> headings)
    {
        var from = headings.Count == 0 ? 0 : headings[^1].Line + 1;
        for (var i = from; i < document.Lines.Count; i++)
        {
            var line = document.FoldedLine(i).TrimStart(LineLeaders);
            if (ClosingMarkers.IsClosing(line))
            {
                return document.Lines[i].Start;
            }
        }

        return document.Text.Length;
    }
}
