using System.Text.RegularExpressions;
using TongHop.Parsing;
using TongHop.Text.Normalization;
using TongHop.Text.Places;

namespace TongHop.Extraction.Metadata;

/// <summary>
/// The name a report gives its own issuer in its opening sentence ("Căn cứ …, Trường Trung học phổ thông Bắc Hà báo
/// cáo kết quả như sau"; "…, Báo và Phát thanh, Truyền hình Lào Cai báo cáo như sau"), taken when it agrees with what
/// the header's left column still shows: OCR often garbles the header's capitals beyond reading ("TRƯỜNG TRUNG HỌC PHỔ
/// THÔNG" / "BẠCH f", "B(Q CHỈ HUY QUÂN SỰ TỈNH"), while the same name in the body's mixed case comes through. The
/// body's name is never taken alone: its words must be words of the header (OCR's one-letter slips allowed; where the
/// header's issuer is unreadable, a last word or two may be missing), so a committee that reports for its body ("Ban
/// Thường vụ Tỉnh Đoàn báo cáo") or a unit the report only cites is not taken for the issuer.
/// </summary>
public static class SelfNamedIssuer
{
    private const int MaxLines = 25;
    private const int MaxWords = 16;
    private const double MaxMissingShare = 0.2;

    // "báo cáo" as the verb after the name, OCR's "bdo cdo" included.
    private static readonly Regex Reports = Patterns.Create(@"\bb[a-z]o[ \t\n]+c[a-z]{1,2}o\b");

    /// <summary>
    /// The issuer's name as the opening of the body gives it, when it agrees with the header's left-column lines
    /// <paramref name="issuerLines"/>; <c>null</c> when the body names none or the header does not bear it out. A name
    /// that ends in its level ("Bộ Chỉ huy Quân sự tỉnh") gets the province or the place of the date line when the header
    /// names it after that level.
    /// </summary>
    public static string? Find(ParsedDocument document, IReadOnlyList<string> issuerLines, AdministrativeUnit? province, string? place, bool lenient)
    {
        var header = issuerLines.SelectMany(l => MetadataWords.Split(l)).Select(Key).Where(k => k.Length > 0).ToArray();
        var headerEnd = HeaderLines.End(document);
        if (header.Length < 2 || headerEnd >= document.Lines.Count)
        {
            return null;
        }

        var from = document.Lines[headerEnd].Start;
        var to = document.Lines[Math.Min(document.Lines.Count - 1, headerEnd + MaxLines)].End;
        foreach (Match verb in Reports.Matches(document.Folded[..to], from))
        {
            var name = NameBefore(document.Text, from, verb.Index, header, lenient);
            if (name is not null)
            {
                return Complete(name, header, province, place);
            }
        }

        return null;
    }

    // The run of clauses before the verb, from the last one back ("Truyền hình Lào Cai", then "Báo và Phát thanh, …"),
    // as long as each starts with a capital and the whole agrees with the header.
    private static string? NameBefore(string text, int from, int verb, string[] header, bool lenient)
    {
        string? name = null;
        var end = verb;
        while (end > from && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        for (var clauses = 0; clauses < 3; clauses++)
        {
            var start = end;
            while (start > from && text[start - 1] is not (',' or ';' or ':' or '.' or '(' or ')'))
            {
                start--;
            }

            var clause = text[start..end].Replace('\n', ' ').Trim();
            if (clause.Length == 0 || !char.IsUpper(clause[0]))
            {
                break;
            }

            var wider = name is null ? clause : clause + ", " + name;
            if (MetadataWords.Split(wider).Length > MaxWords || !Agrees(wider, header, lenient))
            {
                break;
            }

            name = wider;
            end = start - 1;
            if (end <= from || text[end] != ',')
            {
                break;
            }
        }

        return name;
    }

    // The words of the name are words of the header, one letter's slip allowed; where the header's issuer could not be
    // read (lenient), its last word or two may be missing from it ("BẠCH f" for "Bắc Hà"), a fifth of the name at most.
    // A word of the body missing in the middle ("UBND tỉnh giao Sở Y tế báo cáo") makes it no name of the header.
    private static bool Agrees(string name, string[] header, bool lenient)
    {
        var words = MetadataWords.Split(name).Select(Key).Where(k => k.Length > 0).ToArray();
        if (words.Length < 2)
        {
            return false;
        }

        var missing = 0;
        for (var i = 0; i < words.Length; i++)
        {
            if (!InHeader(words[i], header))
            {
                if (!lenient || i < words.Length - 2 || ++missing > MaxMissingShare * words.Length)
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static bool InHeader(string word, string[] header) =>
        header.Any(h => h == word || (h[0] == word[0] && Math.Min(h.Length, word.Length) >= 2 && EditDistance.Compute(h, word, 1) <= 1));

    // "Bộ Chỉ huy Quân sự tỉnh" + the province the header names after its level.
    private static string Complete(string name, string[] header, AdministrativeUnit? province, string? place)
    {
        var words = MetadataWords.Split(name);
        var level = AdministrativeLevels.Find(Key(words[^1]));
        string?[] units = level switch
        {
            "tỉnh" or "thành phố" => [province?.Name, place],
            "xã" or "phường" or "đặc khu" => [place],
            _ => [],
        };
        var joined = " " + string.Join(' ', header) + " ";
        var unit = units.FirstOrDefault(u => u is not null &&
            joined.Contains(" " + Key(words[^1]) + " " + AdministrativeUnits.Key(u) + " ", StringComparison.Ordinal));
        return unit is null ? name : name + " " + unit;
    }

    // A word folded to lower-case letters (OCR's "B(Q" → "bq").
    private static string Key(string word) => new([.. VietnameseText.FoldLower(word).Where(char.IsLetter)]);
}
