using System.Text.RegularExpressions;
using TongHop.Parsing;
using TongHop.Text.Normalization;

namespace TongHop.Extraction.Metadata;

/// <summary>
/// The signer's titles of a signature block (Decree 30/2020/NĐ-CP, Art. 13): "TM." (on behalf of a body), "KT."
/// (a deputy signs for the head), "TL.", "TUQ." and the roles ("CHỦ TỊCH", "PHÓ GIÁM ĐỐC"…), read on folded text with
/// OCR forms ("KT. GIAM bOC", "PHO GIAM POC", "QCHU TICH"). A title is in capitals, which keeps a recipient such
/// as "- Giám đốc, các PGĐ Sở;" out.
/// </summary>
public static class SignatureTitles
{
    private static readonly Regex Title = Patterns.Create(@"(?<mark>(?<markword>tm|kt|tl|tuq)[ \t]*\.[ \t]*)?(?<deputy>pho[ \t]+)?(?<role>q?chu[ \t]+tich|giam[ \t]+[dpb]oc|hieu[ \t]+truong|truong[ \t]+phong|truong[ \t]+ban|chanh[ \t]+van[ \t]+phong|bi[ \t]+thu|vien[ \t]+truong|uy[ \t]+ban[ \t]+nhan[ \t]+dan|ubnd|ban[ \t]+chi[ \t]+[dpb]ao|[dpb]ang[ \t]+uy|ban[ \t]+giam[ \t]+hieu)\b");

    private static readonly (string Folded, string Role)[] Roles =
    [
        ("chu tich", "CHỦ TỊCH"), ("qchu tich", "CHỦ TỊCH"), ("giam doc", "GIÁM ĐỐC"), ("giam poc", "GIÁM ĐỐC"), ("giam boc", "GIÁM ĐỐC"),
        ("hieu truong", "HIỆU TRƯỞNG"), ("truong phong", "TRƯỞNG PHÒNG"), ("truong ban", "TRƯỞNG BAN"),
        ("chanh van phong", "CHÁNH VĂN PHÒNG"), ("bi thu", "BÍ THƯ"), ("vien truong", "VIỆN TRƯỞNG"),
        ("uy ban nhan dan", "ỦY BAN NHÂN DÂN"), ("ubnd", "ỦY BAN NHÂN DÂN"), ("ban chi dao", "BAN CHỈ ĐẠO"),
        ("ban chi pao", "BAN CHỈ ĐẠO"), ("ban chi bao", "BAN CHỈ ĐẠO"), ("dang uy", "ĐẢNG ỦY"), ("pang uy", "ĐẢNG ỦY"),
        ("bang uy", "ĐẢNG ỦY"), ("ban giam hieu", "BAN GIÁM HIỆU"),
    ];

    /// <summary>A title found in a line: its canonical text ("KT. CHỦ TỊCH"), whether it is a "KT." line, and its offset in the line.</summary>
    public readonly record struct Found(string Text, string Mark, string Role, bool Deputy, int Index);

    /// <summary>The upper-case title written in <paramref name="line"/>, if any.</summary>
    public static Found? Find(string line)
    {
        var folded = VietnameseText.FoldLower(line);
        foreach (Match m in Title.Matches(folded))
        {
            if (!IsUpper(line.AsSpan(m.Index, m.Length)) || (m.Index > 0 && char.IsLetter(folded[m.Index - 1]) && !m.Groups["role"].Value.StartsWith('q')))
            {
                continue;
            }

            // A body ("ỦY BAN NHÂN DÂN", "BAN CHỈ ĐẠO") signs only with "TM."; alone it is a name in passing ("… của UBND tỉnh").
            if (!m.Groups["mark"].Success && IsBody(m.Groups["role"].Value))
            {
                continue;
            }

            var mark = m.Groups["mark"].Success ? m.Groups["markword"].Value.ToUpperInvariant() + "." : "";
            var role = Canonical(m.Groups["role"].Value);
            var deputy = m.Groups["deputy"].Success;
            var text = (mark.Length > 0 ? mark + " " : "") + (deputy ? "PHÓ " : "") + role;
            return new Found(text, mark, role, deputy, m.Index);
        }

        return null;
    }

    private static bool IsBody(string foldedRole) =>
        foldedRole.StartsWith("uy", StringComparison.Ordinal) || foldedRole.StartsWith("ub", StringComparison.Ordinal) ||
        foldedRole.StartsWith("ban", StringComparison.Ordinal) || foldedRole.EndsWith("uy", StringComparison.Ordinal);

    public static bool StartsWithTitle(string text) => Find(text) is { Index: 0 };

    /// <summary>The text before a signer's title written on the same line ("UBND tỉnh KT. CHỦ TỊCH" → "UBND tỉnh").</summary>
    public static string CutTitle(string text) => Find(text) is { } found ? text[..found.Index] : text;

    private static string Canonical(string foldedRole)
    {
        var key = string.Join(' ', foldedRole.Split((char[])[' ', '\t'], StringSplitOptions.RemoveEmptyEntries));
        foreach (var (folded, role) in Roles)
        {
            if (folded == key)
            {
                return role;
            }
        }

        return key.ToUpperInvariant();
    }

    private static bool IsUpper(ReadOnlySpan<char> s)
    {
        int upper = 0, letters = 0;
        foreach (var c in s)
        {
            if (char.IsLetter(c))
            {
                letters++;
                upper += char.IsUpper(c) ? 1 : 0;
            }
        }

        return letters > 0 && upper * 10 >= letters * 7;
    }
}
