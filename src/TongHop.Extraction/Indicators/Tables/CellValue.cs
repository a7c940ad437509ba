using TongHop.Core.Extraction;
using TongHop.Text.Normalization;
using TongHop.Text.Numbers;

namespace TongHop.Extraction.Indicators.Tables;

/// <summary>
/// A figure written in a table cell: "84,7", "1.046,5", "85%", "29/34" (a share with its parts), "&gt; 90" or
/// "trên 90" (more than), "khoảng 600" (about), "85-90" (a range: its lower bound, more than).
/// </summary>
internal readonly record struct CellValue(decimal Value, Qualifier Qualifier, decimal? Numerator, decimal? Denominator, bool HasPercentSign)
{
    private static readonly (string Words, Qualifier Qualifier)[] Qualifiers =
    [
        ("toi thieu", Qualifier.GreaterThan), ("it nhat", Qualifier.GreaterThan), ("tren", Qualifier.GreaterThan),
        ("hon", Qualifier.GreaterThan), ("tu", Qualifier.GreaterThan), ("khoang", Qualifier.Approximately),
        ("gan", Qualifier.Approximately), ("uoc", Qualifier.Approximately), ("duoi", Qualifier.LessThan),
        ("toi da", Qualifier.LessThan),
    ];

    /// <summary>Whether a cell says "no figure": empty, a dash, "x", "…".</summary>
    public static bool IsBlank(string text) =>
        text.AsSpan().Trim().Trim("-–—…./ *").IsEmpty || text.AsSpan().Trim() is "x" or "X" or "k" or "0/0";

    /// <summary>Reads the cell as a figure, or null when it holds anything else (words, two numbers, a date).</summary>
    public static CellValue? Read(string text)
    {
        var s = text.Trim();
        var percent = false;
        if (s.EndsWith('%'))
        {
            percent = true;
            s = s[..^1].TrimEnd();
        }

        var qualifier = Qualifier.Exact;
        (s, qualifier) = StripQualifier(s);
        if (s.Length == 0 || !char.IsAsciiDigit(s[0]) || !char.IsAsciiDigit(s[^1]))
        {
            return null;
        }

        var slash = s.IndexOf('/');
        if (slash > 0)
        {
            return Number(s[..slash].Trim(), out var n) && Number(s[(slash + 1)..].Trim(), out var d) && d > 0 && n <= d * 10
                ? new CellValue(Math.Round(n * 100 / d, 1, MidpointRounding.AwayFromZero), qualifier, n, d, percent)
                : null;
        }

        var dash = s.IndexOfAny(['-', '–']);
        if (dash > 0)
        {
            return Number(s[..dash].Trim(), out var low) && Number(s[(dash + 1)..].Trim(), out var high) && high > low
                ? new CellValue(low, Qualifier.GreaterThan, null, null, percent)
                : null;
        }

        return Number(s, out var value) ? new CellValue(value, qualifier, null, null, percent) : null;
    }

    private static (string Remainder, Qualifier Qualifier) StripQualifier(string s)
    {
        if (s.StartsWith(">=", StringComparison.Ordinal) || s.StartsWith('≥') || s.StartsWith('>'))
        {
            return (s.TrimStart('>', '=', '≥', ' '), Qualifier.GreaterThan);
        }

        if (s.StartsWith('<') || s.StartsWith('≤'))
        {
            return (s.TrimStart('<', '=', '≤', ' '), Qualifier.LessThan);
        }

        if (s.StartsWith('~') || s.StartsWith('≈'))
        {
            return (s.TrimStart('~', '≈', ' '), Qualifier.Approximately);
        }

        if (s.Length == 0 || char.IsAsciiDigit(s[0]))
        {
            return (s, Qualifier.Exact);
        }

        var folded = VietnameseText.FoldLower(s);
        foreach (var (words, qualifier) in Qualifiers)
        {
            if (folded.StartsWith(words + " ", StringComparison.Ordinal))
            {
                return (s[(words.Length + 1)..].TrimStart(), qualifier);
            }
        }

        return (s, Qualifier.Exact);
    }

    private static bool Number(string s, out decimal value)
    {
        value = 0;
        if (s.Length == 0 || s.Any(c => !(char.IsAsciiDigit(c) || c is '.' or ',')))
        {
            return false;
        }

        return VietnameseNumber.TryParse(s, out value) || VietnameseNumber.TryParsePercent(s, out value);
    }
}
