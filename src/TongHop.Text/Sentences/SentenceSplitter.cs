using System.Runtime.CompilerServices;
using TongHop.Core;

namespace TongHop.Text.Sentences;

/// <summary>
/// Splits report text into sentences whose lines wrap (OCR keeps the printed line breaks inside
/// sentences). A sentence ends at <c>.</c> <c>!</c> <c>?</c> (not after an abbreviation such as
/// <c>TP.</c> or before a lower-case word), at <c>;</c> outside parentheses, at a blank line (unless a
/// page break cut it: the line before has no closing punctuation and the next starts lower-case), and
/// before a bullet (<c>-</c>, <c>+</c>) or a section heading (<c>II.</c>, <c>2.1.</c>, <c>a)</c>) at the
/// start of a line. <c>:</c> never ends one: "Số lượng tin, bài: 103 tin, bài" is one statement.
/// Spans are <c>[start, end)</c> into the text, trimmed, without the bullet. Linear; never throws.
/// </summary>
public static class SentenceSplitter
{
    /// <summary>A sentence longer than this is cut at the next line end, to bound later work.</summary>
    public const int MaxSentenceLength = 4_000;

    // A document's text is split by the indicator reader and again by the checks: the split of one text instance is
    // kept while the text lives (3 % of extract's time went to splitting and scanning each report twice).
    private static readonly ConditionalWeakTable<string, TextSpan[]> Splits = [];

    /// <summary>The sentences of <paramref name="text"/>; one split per text instance, shared by every caller.</summary>
    public static IReadOnlyList<TextSpan> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Splits.GetValue(text, SplitOnce);
    }

    private static TextSpan[] SplitOnce(string text)
    {
        var state = new SplitState(text);
        var lineStart = 0;
        while (lineStart <= text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? text.Length : lineEnd;
            state.Line(lineStart, lineEnd);
            lineStart = lineEnd + 1;
        }

        state.Close(text.Length);
        return [.. state.Sentences];
    }
}
