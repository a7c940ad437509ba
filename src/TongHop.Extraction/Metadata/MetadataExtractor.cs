using System.Text.RegularExpressions;
using TongHop.Core.Documents;
using TongHop.Parsing;

namespace TongHop.Extraction.Metadata;

/// <summary>
/// Reads a document's metadata from its header (issuer, number, place, date, type, title) and footer (signer,
/// "Nơi nhận" recipients). When the header lacks the issuer, the body names it (<see cref="BodyIssuerFinder"/>),
/// or the signature "TM. ỦY BAN NHÂN DÂN" with the place does. Stateless and thread-safe.
/// </summary>
public sealed class MetadataExtractor : IMetadataExtractor
{
    public DocumentMetadata Extract(ParsedDocument document, string? readText = null)
    {
        try
        {
            return Read(document, readText);
        }
        catch (RegexMatchTimeoutException)
        {
            return DocumentMetadata.Empty; // hostile input: the guard of Patterns fired
        }
    }

    private static DocumentMetadata Read(ParsedDocument document, string? readText)
    {
        var header = HeaderReader.Read(document);
        var recipientsLine = FindRecipientsLabel(document, out var afterLabel);
        var recipients = recipientsLine >= 0 ? ListItems.Read(document, recipientsLine, afterLabel) : [];
        var gaps = new List<MetadataGap>();
        var read = ReadLines.Of(document, readText); // cut into lines once, for the signer's and the number's checks
        var signer = SignatureReader.Read(document, recipientsLine, gaps, read);
        string? issuer;
        if (header.Issuer is { } fromHeader && GarbledIssuer.Garbled(fromHeader) is { } garbled)
        {
            // The header names an issuer OCR garbled: the body's naming of it went through the same OCR. Left unread.
            gaps.Add(new MetadataGap("issuer", MetadataGap.Unreadable, fromHeader, GarbledIssuer.Where(document, garbled)));
            issuer = null;
        }
        else
        {
            issuer = header.Issuer ?? NotGarbled(BodyIssuerFinder.Find(document, header.Place, header.Province)) ?? FromSignature(signer, header.Place);
        }

        var number = header.Number;
        if (number is not null && RepairedNumber.Doubt(document, read, header.NumberLine, number) is { } doubt)
        {
            gaps.Add(doubt); // figures repair made out of look-alikes: a hand-written number, left for the reviewer
            number = null;
        }

        return new DocumentMetadata(
            issuer, number, TypeResolver.Resolve(document, header), header.Place, header.Date, header.Title, signer, recipients)
        {
            Gaps = [.. header.Gaps, .. gaps],
        };
    }

    private static string? NotGarbled(string? issuer) => issuer is not null && GarbledIssuer.Garbled(issuer) is null ? issuer : null;

    // The last "Nơi nhận:" of the document is its own (an attachment may follow, as in sample 001).
    private static int FindRecipientsLabel(ParsedDocument document, out int afterLabel)
    {
        afterLabel = 0;
        for (var i = document.Lines.Count - 1; i >= 0; i--)
        {
            var folded = document.FoldedLine(i);
            var trimmed = folded.TrimStart();
            var length = ClosingMarkers.RecipientsLabelLength(trimmed);
            if (length > 0)
            {
                afterLabel = document.Lines[i].Start + (folded.Length - trimmed.Length) + length;
                return i;
            }
        }

        return -1;
    }

    // "TM. ỦY BAN NHÂN DÂN" signs for the people's committee of the place on the place-and-date line.
    private static string? FromSignature(Signer? signer, string? place) =>
        signer?.Title is { } title && place is not null && title.Contains("ỦY BAN NHÂN DÂN", StringComparison.Ordinal)
            ? "UBND " + place
            : null;
}
