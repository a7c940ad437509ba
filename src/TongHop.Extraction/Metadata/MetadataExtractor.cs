using System.Text.RegularExpressions;
using TongHop.Core.Documents;
using TongHop.Parsing;
using TongHop.Text.Normalization;

namespace TongHop.Extraction.Metadata;

/// <summary>
/// Reads a document's metadata from its header (issuer, number, place, date, type, title) and footer (signer,
/// "Nơi nhận" recipients). Where OCR garbled the header's issuer or left only the end of it, the opening sentence's
/// own name for it is taken when it bears the header out (<see cref="SelfNamedIssuer"/>). When the header lacks the
/// issuer, the body names it (<see cref="BodyIssuerFinder"/>),
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
        var garbled = header.Issuer is { } written ? GarbledIssuer.Garbled(written) : null;
        var selfNamed = NotGarbled(SelfNamedIssuer.Find(document, header.IssuerLines, header.Province, header.Place, lenient: header.Issuer is null || garbled is not null));
        if (header.Issuer is { } fromHeader && garbled is not null)
        {
            // The header names an issuer OCR garbled: the body's naming of it went through the same OCR, and is taken
            // only where it bears the header out. Else left unread.
            issuer = selfNamed;
            if (issuer is null)
            {
                gaps.Add(new MetadataGap("issuer", MetadataGap.Unreadable, fromHeader, GarbledIssuer.Where(document, garbled)));
            }
        }
        else
        {
            issuer = Fuller(header.Issuer, selfNamed) ?? NotGarbled(BodyIssuerFinder.Find(document, header.Place, header.Province)) ?? FromSignature(signer, header.Place);
        }

        var number = header.Number;
        if (number is not null && RepairedNumber.Doubt(document, read, header.NumberLine, number) is { } doubt)
        {
            gaps.Add(doubt); // figures repair made out of look-alikes: a hand-written number, left for the reviewer
            number = null;
        }

        return new DocumentMetadata(
            Capitalised(issuer is null ? null : IssuerNames.WithRegionNumeral(issuer)), number, TypeResolver.Resolve(document, header), header.Place, header.Date, header.Title, signer, recipients)
        {
            Gaps = [.. header.Gaps, .. gaps],
        };
    }

    // The body's own name for the issuer where the header gave none, or only the end of it ("Lào Cai" of a header whose
    // first lines OCR garbled, where the body says "Báo và Phát thanh, Truyền hình Lào Cai báo cáo").
    private static string? Fuller(string? fromHeader, string? selfNamed)
    {
        if (fromHeader is null || selfNamed is null)
        {
            return fromHeader ?? selfNamed;
        }

        var header = VietnameseText.FoldLower(fromHeader);
        var body = VietnameseText.FoldLower(selfNamed);
        return body.Length > header.Length && body.EndsWith(" " + header, StringComparison.Ordinal) ? selfNamed : fromHeader;
    }

    // A name starts with a capital, also where it starts with its level ("tỉnh Đoàn Quảng Trị" → "Tỉnh Đoàn Quảng Trị").
    private static string? Capitalised(string? issuer) =>
        issuer is { Length: > 0 } && char.IsLower(issuer[0]) ? char.ToUpper(issuer[0], VietnameseText.Culture) + issuer[1..] : issuer;

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
