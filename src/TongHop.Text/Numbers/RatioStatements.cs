namespace TongHop.Text.Numbers;

/// <summary>
/// A fraction with the percent stated for it in one sentence, with no other number between them:
/// "496/757 hồ sơ … đạt tỷ lệ 65,5%" (percent within a clause after), "đạt 85,3% (29/34 tiêu chí)"
/// (fraction in brackets right after).
/// </summary>
public static class RatioStatements
{
    private const int MaxGap = 80;

    /// <summary>Whether two quantities that follow each other in a sentence state one ratio.</summary>
    public static bool IsPair(string text, Quantity first, Quantity second)
    {
        var gap = second.Span.Start - first.Span.End;
        return (first.IsFraction && second.Measure == Measure.Percent && gap is >= 0 and <= MaxGap && !YearAside(text, first.Span.End, second.Span.Start)) ||
               (first.Measure == Measure.Percent && second.IsFraction && gap is >= 0 and <= 3 &&
                text.AsSpan(first.Span.End, gap).Contains('('));
    }

    // "58 trong số 64 cán bộ … (năm học 2023-2024 là 76%)": a percent in a bracket that first names a year is that year's
    // figure, not the share of the fraction before the bracket.
    private static bool YearAside(string text, int from, int to)
    {
        var open = text.LastIndexOf('(', to - 1, to - from);
        if (open < 0)
        {
            return false;
        }

        var inside = Normalization.VietnameseText.FoldLower(text[(open + 1)..to]);
        var at = inside.IndexOf("nam ", StringComparison.Ordinal);
        if (at < 0)
        {
            return false;
        }

        var after = inside.AsSpan(at + 4);
        after = after.StartsWith("hoc ", StringComparison.Ordinal) ? after[4..] : after;
        return after.Length > 0 && char.IsAsciiDigit(after[0]);
    }

    /// <summary>The (fraction, percent) pairs of a sentence's quantities, given in text order.</summary>
    public static IEnumerable<(Quantity Fraction, Quantity Percent)> Read(string text, IReadOnlyList<Quantity> quantities)
    {
        for (var i = 0; i + 1 < quantities.Count; i++)
        {
            if (IsPair(text, quantities[i], quantities[i + 1]))
            {
                yield return quantities[i].IsFraction ? (quantities[i], quantities[i + 1]) : (quantities[i + 1], quantities[i]);
                i++;
            }
        }
    }
}
