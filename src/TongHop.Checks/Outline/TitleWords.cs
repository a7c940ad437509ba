using TongHop.Text.Normalization;

namespace TongHop.Checks.Outline;

/// <summary>
/// The content words of a section title, folded, with the abbreviations reports use spelt out
/// ("KH, CN và ĐMST" → khoa hoc, cong nghe, doi moi sang tao) and function words dropped, so that
/// "3. Kinh tế số" matches "3. Phát triển kinh tế số" and "I. Kết quả … KH, CN và ĐMST" its full form.
/// </summary>
internal static class TitleWords
{
    private static readonly Dictionary<string, string> Abbreviations = new(StringComparer.Ordinal)
    {
        ["kh"] = "khoa hoc", ["cn"] = "cong nghe", ["khcn"] = "khoa hoc cong nghe", ["dmst"] = "doi moi sang tao",
        ["cds"] = "chuyen doi so", ["tthc"] = "thu tuc hanh chinh", ["cntt"] = "cong nghe thong tin",
        ["cchc"] = "cai cach hanh chinh", ["atttm"] = "an toan thong tin mang", ["kt"] = "kinh te", ["xh"] = "xa hoi",
    };

    private static readonly HashSet<string> FunctionWords =
        ["va", "cac", "ve", "cua", "trong", "cho", "voi", "tai", "theo", "nhung", "la", "de", "nam", "ket", "qua", "cong", "tac", "hoat", "dong"];

    public static IReadOnlyList<string> Of(string title)
    {
        var words = new List<string>();
        foreach (var word in Split(VietnameseText.FoldLower(title)))
        {
            var expanded = Abbreviations.TryGetValue(word, out var full) ? full.Split(' ') : [word];
            words.AddRange(expanded.Where(w => !FunctionWords.Contains(w) && !w.All(char.IsAsciiDigit)));
        }

        return words.Distinct().ToList();
    }

    private static List<string> Split(string s)
    {
        var parts = new List<string>();
        var start = 0;
        for (var i = 0; i <= s.Length; i++)
        {
            if (i == s.Length || !char.IsLetterOrDigit(s[i]))
            {
                if (i > start)
                {
                    parts.Add(s[start..i]);
                }

                start = i + 1;
            }
        }

        return parts;
    }
}
