using TongHop.Text.Normalization;

namespace TongHop.Extraction.Indicators;

/// <summary>
/// "Toàn" naming the whole unit ("Toàn tỉnh", "Toàn ngành", "toàn phường có …", "Toàn hệ thống"): "toàn" and a word of
/// a unit after it, in folded words. Not any word after "toàn": "Toàn Thắng", "Toàn Sơn" are names of communes, and
/// "toàn trình" is a service's kind. The total row of a units' table and the clause that totals a list of parts ask
/// this one question.
/// </summary>
internal static class WholeUnitWords
{
    private static readonly string[] Units =
        ["tinh", "nganh", "don vi", "xa", "phuong", "huyen", "thanh pho", "quoc", "bo", "he thong", "khu", "co quan", "so",
         "vien", "truong", "benh vien", "cong ty"];

    /// <summary>Whether the folded <paramref name="words"/> open with "toan" and a unit word.</summary>
    public static bool Opens(string words)
    {
        if (!FoldedWords.StartsWith(words, "toan") || words.Length <= 5)
        {
            return false;
        }

        var rest = words[5..];
        foreach (var unit in Units)
        {
            if (FoldedWords.StartsWith(rest, unit))
            {
                return true;
            }
        }

        return false;
    }
}
