using TongHop.Repair.Tokenization;
using TongHop.Text.Normalization;

namespace TongHop.Repair.Decoding;

/// <summary>
/// The decimal comma that OCR read as a point ("8.2%" for 8,2%, "2.35 tỷ đồng" for 2,35, "99.,6%" for 99,6%). Vietnamese
/// writes a point only between groups of three digits, so a point followed by one or two digits is a comma where the
/// context shows a quantity: a percent sign, a unit word after it (tỷ, triệu, nghìn, phần trăm — also as OCR garbles it, `phin tram` —, km, ha, tấn, lần), or a
/// cell of a table row other than its first (a row's first cell may be a section number, "1.2"). Other numbers are
/// kept: "4.0" (công nghiệp 4.0, Chợ 4.0) and "1.2." (a section) are written so.
/// </summary>
internal static class DecimalComma
{
    // Folded (no marks, lower case) words that only follow a quantity.
    private static readonly HashSet<string> Units = new(StringComparer.Ordinal) { "ty", "trieu", "nghin", "ngan", "km", "km2", "ha", "tan", "lan" };

    /// <summary>The number token's core with its comma restored, or null when it stays as written.</summary>
    public static string? Restore(string line, IReadOnlyList<RepairToken> tokens, int t)
    {
        ArgumentNullException.ThrowIfNull(line);
        ArgumentNullException.ThrowIfNull(tokens);
        var token = tokens[t];
        var core = token.Core(line);
        var end = token.CoreStart + token.CoreLength;
        var percent = end < line.Length && line[end] == '%';
        if (!percent && !UnitFollows(line, tokens, t) && !IsTableCell(line, token))
        {
            return null;
        }

        var point = core.IndexOf('.');
        if (point < 1 || point > 3 || !IsDigits(core[..point]))
        {
            return null;
        }

        var fraction = core[(point + 1)..];
        if (percent && fraction.Length > 0 && fraction[0] == ',')
        {
            fraction = fraction[1..];
        }

        return fraction.Length is 1 or 2 && IsDigits(fraction) ? string.Concat(core[..point], ",", fraction) : null;
    }

    private static bool UnitFollows(string line, IReadOnlyList<RepairToken> tokens, int t)
    {
        if (t + 1 >= tokens.Count)
        {
            return false;
        }

        // A unit is written in small letters ("1.2 Hà Nội", "2.1. Tỷ lệ…" are a section and a heading); "tỷ lệ", "tỷ trọng"
        // (rate, share) are no amounts.
        var core = tokens[t + 1].Core(line);
        if (core.IsEmpty || !char.IsLower(core[0]))
        {
            return false;
        }

        var next = VietnameseText.FoldLower(core.ToString());
        var after = t + 2 < tokens.Count ? VietnameseText.FoldLower(tokens[t + 2].Core(line).ToString()) : string.Empty;
        return (Units.Contains(next) && !(next == "ty" && after is "le" or "trong"))
            || (LooksLike(next, "ph", 'n') && (t + 2 >= tokens.Count || LooksLike(after, "tr", 'm')));
    }

    // "phần trăm" as English OCR writes it ("phin tram", "phdn trim"): the consonants stay, the marked vowel does not; the
    // line may end after "phần" (the paragraph goes on below).
    private static bool LooksLike(string folded, string onset, char final) =>
        folded.Length is 4 or 5 && folded.StartsWith(onset, StringComparison.Ordinal) && folded[^1] == final && char.IsAsciiLetterLower(folded[2]);

    // "… | 80 | 84.7 | 105,9": the token alone in a cell after the row's first (a bar before it, text before that bar), closed by
    // a bar or the end of the line.
    private static bool IsTableCell(string line, RepairToken token)
    {
        var before = line.AsSpan(0, token.Start).TrimEnd();
        var after = line.AsSpan(token.Start + token.Length).TrimStart();
        return before.Length > 0 && before[^1] == '|' && before[..^1].ContainsAnyExcept(" \t|") && (after.IsEmpty || after[0] == '|');
    }

    private static bool IsDigits(ReadOnlySpan<char> span)
    {
        foreach (var c in span)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return span.Length > 0;
    }
}
