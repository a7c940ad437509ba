using System.Text.RegularExpressions;
using TongHop.Parsing;
using TongHop.Text.Normalization;

namespace TongHop.Extraction.Metadata;

/// <summary>
/// Writes an issuing body in its usual form: "ỦY BAN NHÂN DÂN XÃ KHÁNH CƯỜNG" → "UBND xã Khánh Cường",
/// "SỞ KHOA HỌC VÀ CÔNG NGHỆ" (OCR "SO KHOA HQC VA CONG NGHE") → "Sở Khoa học và Công nghệ",
/// "TRƯỜNG ĐẠI HỌC PHẠM VĂN ĐỒNG" → "Trường Đại học Phạm Văn Đồng". Fixed words are written from the vocabulary;
/// proper names are taken from the text as repaired.
/// </summary>
public static class IssuerNames
{

    private static readonly Regex People = Patterns.Create(@"^(uy ban nhan dan|ubnd)[ \t]+");

    private static readonly Regex Office = Patterns.Create(@"^(so|s&|s¢|se|bo|b6)[ \t]+(.+)$");

    private static readonly Regex University = Patterns.Create(@"^truong[ \t]+(dai hoc|cao dang|trung cap)[ \t]+(.+)$");

    private static readonly Regex Party = Patterns.Create(@"^(dang uy|[dpb]ang uy)[ \t]+");

    /// <summary>The usual form of a header line or phrase naming an issuer; <c>null</c> when it names none.</summary>
    public static string? Normalize(string raw)
    {
        var text = Collapse(raw);
        if (text.Length < 2)
        {
            return null;
        }

        var folded = VietnameseText.FoldLower(text);
        var people = People.Match(folded);
        if (people.Success)
        {
            return Level(text, folded, people.Length, "UBND");
        }

        var party = Party.Match(folded);
        if (party.Success)
        {
            return Level(text, folded, party.Length, "Đảng ủy");
        }

        var office = Office.Match(folded);
        if (office.Success && Sectors.Find(office.Groups[2].Value) is { } sector)
        {
            return (folded[0] == 's' ? "Sở " : "Bộ ") + sector;
        }

        var university = University.Match(folded);
        if (university.Success)
        {
            var kind = university.Groups[1].Value switch { "dai hoc" => "Đại học", "cao dang" => "Cao đẳng", _ => "Trung cấp" };
            return "Trường " + kind + " " + NameCase(text[university.Groups[2].Index..]);
        }

        return SentenceCase(text);
    }

    /// <summary>"UBND" + level ("xã", "tỉnh"…, OCR "x4", "x3") + the name in title case; the level alone when no name follows.</summary>
    private static string Level(string text, string folded, int at, string body)
    {
        foreach (var (prefix, level) in AdministrativeLevels.Prefixes)
        {
            if (folded.AsSpan(at).StartsWith(prefix + " ") )
            {
                var name = NameCase(text[(at + prefix.Length + 1)..]);
                return name.Length == 0 ? $"{body} {level}" : $"{body} {level} {name}";
            }
        }

        var rest = NameCase(text[at..]);
        return rest.Length == 0 ? body : $"{body} {rest}";
    }

    /// <summary>"KHÁNH CƯỜNG" → "Khánh Cường"; words already in mixed case are kept.</summary>
    public static string NameCase(string raw)
    {
        var words = Collapse(raw).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words.Select(w => w.Any(char.IsLower) ? w : w[..1] + w[1..].ToLowerInvariant()));
    }

    private static string SentenceCase(string text) =>
        text.Any(char.IsLower) ? text : text[..1] + text[1..].ToLowerInvariant();

    private static string Collapse(string raw) =>
        string.Join(' ', raw.Split((char[])[' ', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries)).Trim(' ', '.', ',', ';', ':', '-');
}
