using TongHop.Core.Extraction;
using TongHop.Text.Normalization;

namespace TongHop.Text.Numbers;

/// <summary>
/// The words written before a number that qualify it: "trên 95%" is more than, "gần 56.000" about.
/// Keys are folded, so OCR text without diacritics ("tren", "khoang", "gan") reads the same; the folded
/// collisions ("gan" is also "gan", liver) do not stand before numbers.
/// </summary>
public static class QualifierWords
{
    // Two-word qualifiers are tried first: "trên dưới 100" is about 100, not under it.
    private static readonly Dictionary<string, Qualifier> TwoWords = new()
    {
        ["tren duoi"] = Qualifier.Approximately,
        ["xap xi"] = Qualifier.Approximately,
        ["uoc tinh"] = Qualifier.Approximately,
        ["uoc dat"] = Qualifier.Approximately,
        ["toi thieu"] = Qualifier.GreaterThan,
        ["it nhat"] = Qualifier.GreaterThan,
        ["khong duoi"] = Qualifier.GreaterThan,
        ["nhieu hon"] = Qualifier.GreaterThan,
        ["toi da"] = Qualifier.LessThan,
        ["khong qua"] = Qualifier.LessThan,
        ["chua den"] = Qualifier.LessThan,
        ["chua toi"] = Qualifier.LessThan,
        ["it hon"] = Qualifier.LessThan,
    };

    private static readonly Dictionary<string, Qualifier> OneWord = new()
    {
        ["tren"] = Qualifier.GreaterThan,
        ["hon"] = Qualifier.GreaterThan,
        ["vuot"] = Qualifier.GreaterThan,
        ["gan"] = Qualifier.Approximately,
        ["khoang"] = Qualifier.Approximately,
        ["chung"] = Qualifier.Approximately,
        ["duoi"] = Qualifier.LessThan,
    };

    /// <summary>The qualifier written just before <paramref name="numberStart"/> in <paramref name="text"/>.</summary>
    public static Qualifier Before(string text, int numberStart)
    {
        if (TwoWords.TryGetValue(VietnameseText.FoldLower(Words.TwoBefore(text, numberStart)), out var two))
        {
            // "không ít hơn 16 hội nghị": not fewer than, so at least.
            if (two == Qualifier.LessThan && IsNegated(text, numberStart))
            {
                return Qualifier.GreaterThan;
            }

            return two;
        }

        var one = VietnameseText.FoldLower(Words.Before(text, numberStart));
        return OneWord.TryGetValue(one, out var qualifier) ? qualifier : Qualifier.Exact;
    }

    // "không ít hơn": the word before the two-word qualifier that ends at the number.
    private static bool IsNegated(string text, int numberStart)
    {
        Words.Before(text, numberStart, out var last);
        Words.Before(text, last, out var first);
        return VietnameseText.FoldLower(Words.Before(text, first)) == "khong";
    }
}
