namespace TongHop.Text.Numbers;

/// <summary>
/// The symbols and words after a number that say what it measures: "%", "phần trăm", "đồng", "đ",
/// "VNĐ", "triệu đồng", "tỷ", "km2", "ha". Reads them and says where they end.
/// </summary>
internal static class UnitWords
{
    private static readonly Dictionary<string, decimal> Multipliers = new()
    {
        ["nghìn"] = 1_000m, ["ngàn"] = 1_000m, ["nghin"] = 1_000m, ["ngan"] = 1_000m,
        ["triệu"] = 1_000_000m, ["trieu"] = 1_000_000m, ["tỷ"] = 1_000_000_000m, ["tỉ"] = 1_000_000_000m,
    };

    private static readonly HashSet<string> MoneyWords = ["đồng", "đ", "vnđ", "vnd", "dong", "đồng/năm"];

    // "02 đồng chí", "120 đồng hồ", "đồng bào", "đồng nghiệp": the word "đồng" of a noun, not the currency.
    private static readonly HashSet<string> SameWordNotMoney = ["chí", "hồ", "bào", "nghiệp", "ruộng", "phục"];

    // The same where the text lost its marks ("02 dong chi"), but not "ho" (also "đồng hỗ trợ") nor "chi trả" (money spent).
    private static readonly HashSet<string> SameWordNotMoneyUnmarked = ["chi", "bao", "nghiep", "ruong", "phuc"];

    private static readonly HashSet<string> AreaWords = ["km2", "km²"];

    /// <summary>Reads the unit after a number ending at <paramref name="runEnd"/>.</summary>
    /// <returns>The measure, a factor to multiply the written value by, and the end of the unit.</returns>
    public static (Measure Measure, decimal Factor, int End) Read(string text, int runEnd)
    {
        if (runEnd < text.Length && text[runEnd] is 'đ' or 'Đ' && !IsLetterAt(text, runEnd + 1))
        {
            return (Measure.Money, 1m, runEnd + 1);
        }

        var afterSpace = runEnd < text.Length && text[runEnd] == ' ' ? runEnd + 1 : runEnd;
        if (afterSpace < text.Length && text[afterSpace] == '%')
        {
            return (Measure.Percent, 1m, afterSpace + 1);
        }

        return ReadWords(text, runEnd);
    }

    private static (Measure Measure, decimal Factor, int End) ReadWords(string text, int runEnd)
    {
        var first = Words.After(text, runEnd, out var firstEnd);
        if (first.Length == 0 || !char.IsLetter(first[0]) && first[0] != 'đ')
        {
            return (Measure.Number, 1m, runEnd);
        }

        var second = Words.After(text, firstEnd, out var secondEnd);
        if (first == "phần" && second == "trăm")
        {
            return (Measure.Percent, 1m, secondEnd);
        }

        if (MoneyWords.Contains(first) && !NounWithDong(text, first, second, secondEnd))
        {
            return (Measure.Money, 1m, firstEnd);
        }

        if (AreaWords.Contains(first) || first == "ha")
        {
            return (Measure.Area, first == "ha" ? 0.01m : 1m, firstEnd);
        }

        // English OCR reads the square of "km²" as another mark ("312,45 km? dân số", `km"`): kilometres squared, while
        // "km" alone is a length ("12 km cáp quang").
        if (first == "km" && firstEnd < text.Length && text[firstEnd] is '?' or '"' or '\'' or '*' or '³' or '°' && !IsLetterAt(text, firstEnd + 1))
        {
            return (Measure.Area, 1m, firstEnd + 1);
        }

        // "1,2 tỷ đồng", "50 triệu người"; "tỷ lệ" is a ratio word, not a multiplier.
        if (Multipliers.TryGetValue(first, out var factor) && second != "lệ")
        {
            return MoneyWords.Contains(second)
                ? (Measure.Money, factor, secondEnd)
                : (Measure.Number, factor, firstEnd);
        }

        return (Measure.Number, 1m, runEnd);
    }

    private static bool NounWithDong(string text, string first, string second, int secondEnd) => first switch
    {
        "đồng" => SameWordNotMoney.Contains(second),
        "dong" => SameWordNotMoneyUnmarked.Contains(second) && !(second == "chi" && Words.After(text, secondEnd, out _) == "tra"),
        _ => false,
    };

    private static bool IsLetterAt(string text, int index) => index < text.Length && char.IsLetter(text[index]);
}
