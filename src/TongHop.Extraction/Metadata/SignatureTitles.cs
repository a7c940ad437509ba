using System.Text.RegularExpressions;
using TongHop.Parsing;
using TongHop.Text.Normalization;

namespace TongHop.Extraction.Metadata;

/// <summary>
/// The signer's titles of a signature block (Decree 30/2020/NĐ-CP, Art. 13; Circular 01/2011 alike): "TM." or "T/M"
/// (on behalf of a body: "TM. ỦY BAN NHÂN DÂN", "TM. CHÍNH PHỦ", "T/M ĐẢNG ỦY"), "KT." (a deputy signs for the head),
/// "Q." (acting), "TL.", "TUQ." and the roles ("CHỦ TỊCH", "BỘ TRƯỞNG", "PHÓ THỐNG ĐỐC", "BÍ THƯ"…), read on folded text
/// with OCR forms ("KT. GIAM bOC", "PHO GIAM POC", "QCHU TICH"). A title is in capitals, which keeps a recipient
/// such as "- Giám đốc, các PGĐ Sở;" out, and runs to the end of its line or column.
/// </summary>
public static class SignatureTitles
{
    private const string Roles =
        @"q?chu[ \t]+tich(?:[ \t]+quoc[ \t]+hoi|[ \t]+nuoc)?|bo[ \t]+truong|thu[ \t]+truong|thu[ \t]+tuong|thong[ \t]+[dpb]oc|" +
        @"(?:tong[ \t]+)?giam[ \t]+[dpb]oc|hieu[ \t]+truong|vien[ \t]+truong|(?:tong[ \t]+|chi[ \t]+)?cuc[ \t]+truong|vu[ \t]+truong|" +
        @"truong[ \t]+(?:phong|ban|khoa|tram|cong[ \t]+an|doan)|chanh[ \t]+(?:van[ \t]+phong|thanh[ \t]+tra|an)|" +
        @"tong[ \t]+thanh[ \t]+tra|tong[ \t]+kiem[ \t]+toan|chu[ \t]+nhiem|chi[ \t]+huy[ \t]+truong|bi[ \t]+thu";

    private const string Bodies = @"uy[ \t]+ban[ \t]+nhan[ \t]+dan|ubnd|ban[ \t]+chi[ \t]+[dpb]ao|[dpb]ang[ \t]+uy|ban[ \t]+giam[ \t]+hieu";

    private static readonly Regex Title = Patterns.Create(
        @"(?<mark>(?<markword>tm|kt|tl|tuq|q)[ \t]*\.[ \t]*|(?<markword>t/m|tm|kt)[ \t]+)?(?<deputy>pho[ \t]+)?(?<role>" + Roles + "|" + Bodies + @")\b");

    // A mark alone names whatever body or role follows it in capitals: "TM. CHÍNH PHỦ", "TM. BAN THƯỜNG VỤ".
    private static readonly Regex Mark = Patterns.Create(@"(?<![a-z])(?:(?<markword>tm|kt|tl|tuq|q)[ \t]*\.|(?<markword>t/m))[ \t]*(?=\S)");

    private static readonly (string Folded, string Role)[] Canonical =
    [
        ("chu tich", "CHỦ TỊCH"), ("qchu tich", "CHỦ TỊCH"), ("giam doc", "GIÁM ĐỐC"), ("giam poc", "GIÁM ĐỐC"), ("giam boc", "GIÁM ĐỐC"),
        ("hieu truong", "HIỆU TRƯỞNG"), ("truong phong", "TRƯỞNG PHÒNG"), ("truong ban", "TRƯỞNG BAN"),
        ("chanh van phong", "CHÁNH VĂN PHÒNG"), ("bi thu", "BÍ THƯ"), ("vien truong", "VIỆN TRƯỞNG"),
        ("uy ban nhan dan", "ỦY BAN NHÂN DÂN"), ("ubnd", "ỦY BAN NHÂN DÂN"), ("ban chi dao", "BAN CHỈ ĐẠO"),
        ("ban chi pao", "BAN CHỈ ĐẠO"), ("ban chi bao", "BAN CHỈ ĐẠO"), ("dang uy", "ĐẢNG ỦY"), ("pang uy", "ĐẢNG ỦY"),
        ("bang uy", "ĐẢNG ỦY"), ("ban giam hieu", "BAN GIÁM HIỆU"), ("thong doc", "THỐNG ĐỐC"), ("bo truong", "BỘ TRƯỞNG"),
        ("thu tuong", "THỦ TƯỚNG"), ("cuc truong", "CỤC TRƯỞNG"), ("vu truong", "VỤ TRƯỞNG"),
        ("tong cuc truong", "TỔNG CỤC TRƯỞNG"), ("chi cuc truong", "CHI CỤC TRƯỞNG"), ("tong giam doc", "TỔNG GIÁM ĐỐC"),
        ("chanh thanh tra", "CHÁNH THANH TRA"), ("chanh an", "CHÁNH ÁN"), ("tong thanh tra", "TỔNG THANH TRA"),
        ("tong kiem toan", "TỔNG KIỂM TOÁN"), ("chu nhiem", "CHỦ NHIỆM"), ("chi huy truong", "CHỈ HUY TRƯỞNG"),
        ("truong khoa", "TRƯỞNG KHOA"), ("truong tram", "TRƯỞNG TRẠM"), ("truong cong an", "TRƯỞNG CÔNG AN"),
        ("truong doan", "TRƯỞNG ĐOÀN"), ("chu tich quoc hoi", "CHỦ TỊCH QUỐC HỘI"), ("chu tich nuoc", "CHỦ TỊCH NƯỚC"),
        ("thong poc", "THỐNG ĐỐC"), ("thong boc", "THỐNG ĐỐC"),
    ];

    /// <summary>A title found in a line: its canonical text ("KT. CHỦ TỊCH"), its mark ("KT."), role, whether a deputy, and its offset.</summary>
    public readonly record struct Found(string Text, string Mark, string Role, bool Deputy, int Index);

    /// <summary>The upper-case title written in <paramref name="line"/>, if any.</summary>
    public static Found? Find(string line)
    {
        if (!MayHold(line))
        {
            return null;
        }

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

            return Compose(line, m.Groups["mark"].Success ? m.Groups["markword"].Value : null, m.Groups["deputy"].Success,
                m.Groups["role"].Index, m.Groups["role"].Length, m.Index);
        }

        // "TM. CHÍNH PHỦ", "T/M BAN THƯỜNG VỤ": a mark followed by a body in capitals, to the end of the line.
        var mark = Mark.Match(folded);
        if (mark.Success && (mark.Index == 0 || !char.IsLetterOrDigit(line[mark.Index - 1])))
        {
            var rest = line[(mark.Index + mark.Length)..].TrimEnd();
            if (rest.Count(char.IsLetter) >= 3 && IsUpper(rest) && rest.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 8)
            {
                return Compose(line, mark.Groups["markword"].Value, false, mark.Index + mark.Length, rest.Length, mark.Index);
            }
        }

        return null;
    }

    /// <summary>A title that runs to the end of <paramref name="line"/> (what follows it is only punctuation or a continuation in capitals).</summary>
    public static Found? FindAtEnd(string line)
    {
        if (Find(line) is not { } found)
        {
            return null;
        }

        var after = line[found.Index..];
        return IsUpper(after) ? found : null;
    }

    public static bool StartsWithTitle(string text) => Find(text) is { Index: 0 };

    /// <summary>The text before a signer's title written on the same line ("UBND tỉnh KT. CHỦ TỊCH" → "UBND tỉnh").</summary>
    public static string CutTitle(string text) => Find(text) is { } found ? text[..found.Index] : text;

    private static Found Compose(string line, string? markWord, bool deputy, int roleIndex, int roleLength, int index)
    {
        var mark = markWord is null ? "" : markWord.ToUpperInvariant().Replace("T/M", "TM", StringComparison.Ordinal) + ".";
        var written = string.Join(' ', line.Substring(roleIndex, roleLength).Split((char[])[' ', '\t'], StringSplitOptions.RemoveEmptyEntries));
        var key = VietnameseText.FoldLower(written);
        var role = Canonical.FirstOrDefault(c => c.Folded == key).Role ?? written.ToUpperInvariant();
        // "TRƯỞNG PHÒNG CHUYỂN ĐỔI SỐ", "PHÓ CHỦ TỊCH THƯỜNG TRỰC": the rest of the line in capitals belongs to the title.
        var rest = line[(roleIndex + roleLength)..].Trim();
        if (rest.Length > 0 && rest.Any(char.IsLetter) && IsUpper(rest))
        {
            role += " " + string.Join(' ', rest.Split((char[])[' ', '\t'], StringSplitOptions.RemoveEmptyEntries));
        }

        var text = (mark.Length > 0 ? mark + " " : "") + (deputy ? "PHÓ " : "") + role;
        return new Found(text, mark, role, deputy, index);
    }

    private static bool IsBody(string foldedRole) =>
        foldedRole.StartsWith("uy", StringComparison.Ordinal) || foldedRole.StartsWith("ub", StringComparison.Ordinal) ||
        foldedRole.StartsWith("ban", StringComparison.Ordinal) || foldedRole.EndsWith("uy", StringComparison.Ordinal);

    /// <summary>
    /// Whether <paramref name="text"/> may hold a title: a quick test without a string or a match object, which most lines
    /// of a report fail; one that passes may still hold none (the title must be in capitals, in its place).
    /// </summary>
    public static bool MayHold(ReadOnlySpan<char> text)
    {
        // A title is written in capitals, so its line has two capitals side by side ("CHỦ", "KT"); most lines of a report
        // have none, and they skip the two searches (2 % of extract's time). Reports cite UBND, KH, CNTT in their lines
        // too: those are tested on their folded text first, without building the matches.
        if (!HasCapitalPair(text))
        {
            return false;
        }

        if (text.ContainsAnyInRange('\u0300', '\u036F'))
        {
            return true; // not NFC: the full test normalises first
        }

        var folded = text.Length <= 512 ? stackalloc char[text.Length] : new char[text.Length];
        VietnameseText.FoldLowerChars(text, folded);
        return Title.IsMatch(folded) || Mark.IsMatch(folded);
    }

    private static bool HasCapitalPair(ReadOnlySpan<char> line)
    {
        for (var i = 1; i < line.Length; i++)
        {
            if (char.IsUpper(line[i]) && char.IsUpper(line[i - 1]))
            {
                return true;
            }
        }

        return false;
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
