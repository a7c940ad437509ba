using System.Text.RegularExpressions;
using TongHop.Core.Documents;
using TongHop.Extraction.Citations;
using TongHop.Extraction.Metadata;
using TongHop.Parsing;

namespace TongHop.Extraction.Requests;

/// <summary>
/// For a request for reports (a Công văn, Kế hoạch or Thông báo that asks units to report, like sample 001) reads the
/// deadline, the reporting period (from the subject, else the body), the "Kính gửi" recipients and the outline
/// attached to it ("Kèm theo Công văn…", "ĐỀ CƯƠNG…"). A report, or a document that asks for no report by a
/// deadline, gives <c>null</c>.
/// </summary>
public sealed class RequestExtractor : IRequestExtractor
{

    private static readonly Regex AsksForReport = Patterns.Create(@"(d[e&][ \t]+ngh[i1]|y[e&]u[ \t]+c[a-z]u)[^.]{0,200}b[a-z]o[ \t\n]+c[a-z]{1,2}o");

    private static readonly Regex RecipientsLabel = Patterns.Create(@"^k[i1]nh[ \t]+g\S{1,3}[ \t]*:");

    private static readonly Regex Attachment = Patterns.Create(@"k[e&][mn][ \t]+theo|^[ \t]*d[e&][ \t]+c[uw][o0]ng");

    public ReportRequestInfo? Extract(ParsedDocument document, DocumentMetadata metadata)
    {
        try
        {
            return Read(document, metadata);
        }
        catch (RegexMatchTimeoutException)
        {
            return null; // hostile input: the guard of Patterns fired
        }
    }

    private static ReportRequestInfo? Read(ParsedDocument document, DocumentMetadata metadata)
    {
        if (metadata.Type is null || metadata.Type == DocumentTypes.Report || !AsksForReport.IsMatch(document.Folded))
        {
            return null;
        }

        var deadline = DeadlineReader.Read(document);
        var outline = Outline(document);
        if (deadline is null && outline.Count == 0)
        {
            return null;
        }

        var period = (metadata.Title is { } title ? ReportPeriodReader.Read(title, allowYear: true) : null) ??
                     ReportPeriodReader.Read(document.Text, allowYear: false);
        return new ReportRequestInfo(deadline, period, Recipients(document), outline);
    }

    private static IReadOnlyList<string> Recipients(ParsedDocument document)
    {
        var end = Math.Min(document.Lines.Count, HeaderLines.MaxLines + 10);
        for (var i = 0; i < end; i++)
        {
            var folded = document.FoldedLine(i);
            var trimmed = folded.TrimStart();
            var label = RecipientsLabel.Match(trimmed);
            if (label.Success)
            {
                return ListItems.Read(document, i, document.Lines[i].Start + (folded.Length - trimmed.Length) + label.Length);
            }
        }

        return [];
    }

    // The sections of the attached outline: those after its "Kèm theo…" line; a Công văn's own text has no sections,
    // so without that line all of them are the outline.
    private static IReadOnlyList<Section> Outline(ParsedDocument document)
    {
        var firstSection = document.Sections.Count > 0 ? document.Sections[0].Span.Start : document.Text.Length;
        for (var i = 0; i < document.Lines.Count && document.Lines[i].Start < firstSection; i++)
        {
            if (Attachment.IsMatch(document.FoldedLine(i)))
            {
                var after = document.Lines[i].Start;
                return document.Sections.Where(s => s.Span.Start > after).ToList();
            }
        }

        return document.Sections;
    }
}
