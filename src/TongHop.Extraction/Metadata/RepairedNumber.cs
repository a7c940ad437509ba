using TongHop.Core;
using TongHop.Core.Documents;
using TongHop.Parsing;

namespace TongHop.Extraction.Metadata;

/// <summary>
/// Doubts a document number whose figures repair made out of look-alikes. In an office's scan the number is often
/// written by hand into the blank of "Số:    /QĐ-TTg"; OCR reads such figures as look-alike letters and signs
/// (<c>4Ø025</c>, <c>Z2</c>, <c>2O</c>), and repair, which must turn a printed <c>2O</c> into 20 inside a
/// sentence, then makes digits of them: a number that looks right and is wrong (49 read as 40025). Where the number's
/// figures as read were not all figures, the number is left empty with an unreadable gap, and the reviewer types it in.
/// A number read as figures throughout (a printed number, or a clear hand) is kept.
/// </summary>
internal static class RepairedNumber
{
    /// <summary>
    /// The number's figures as read, when they were not all figures (a 1 read as I or l counts as one; other signs repair
    /// made digits of do not), else
    /// <c>null</c>. <paramref name="number"/> is the number read on line <paramref name="line"/> of the repaired
    /// <paramref name="document"/>; <paramref name="read"/> the same lines as read, before repair.
    /// </summary>
    public static MetadataGap? Doubt(ParsedDocument document, ReadLines? read, int line, string number)
    {
        if (read is null || line < 0 || line >= read.Count)
        {
            return null;
        }

        var repaired = document.LineText(line);
        var at = repaired.IndexOf(number, StringComparison.Ordinal);
        var figures = LeadingFigures(number);
        if (at < 0 || figures == 0)
        {
            return null;
        }

        // Repair keeps a line's words one for one: the number's word as read is the word of the same rank.
        var rank = WordRank(repaired, at);
        var asRead = read[line];
        if (WordAt(asRead, rank) is not { } word || !SameShape(word, number))
        {
            return null;
        }

        var head = Head(word);
        if (head.Length == 0 || head.All(c => char.IsAsciiDigit(c) || c == '.' || IsStroke(c)))
        {
            return null;
        }

        var start = document.Lines[line].Start + at;
        return new MetadataGap("number", MetadataGap.Unreadable, head, new TextSpan(start, start + figures));
    }

    // A one-stroke 1 read as a letter (I268, l6) is the common misreading of a printed number, and a 1 whichever hand
    // wrote it: repair's digit is the figure, so it is no doubt. The scans of the development set have printed numbers
    // read so; hand-written figures come out as other signs (Ø, Z, B, O, #).
    private static bool IsStroke(char c) => c is 'I' or 'l' or '|';

    // The figures the number begins with ("40025" of "40025/QĐ-TTg", "66.7" of "66.7/2025/NQ-CP").
    private static int LeadingFigures(string number)
    {
        var i = 0;
        while (i < number.Length && (char.IsAsciiDigit(number[i]) || (number[i] == '.' && i > 0)))
        {
            i++;
        }

        return i;
    }

    // What stands for the figures: the word up to its first slash or dash ("58" of a Party's "58-BC/ĐU"), the whole
    // word when it has neither.
    private static string Head(string word)
    {
        var end = word.IndexOfAny(['/', '-']);
        return end < 0 ? word : word[..end];
    }

    // The word as read is the number's when both have the same symbol after their first slash (or neither has one):
    // the words of the line were not shifted by a split or a join.
    private static bool SameShape(string word, string number)
    {
        var a = word.IndexOf('/');
        var b = number.IndexOf('/');
        if (a < 0 || b < 0)
        {
            return a < 0 && b < 0;
        }

        var tailRead = word[(a + 1)..];
        var tail = number[(b + 1)..];
        return tailRead.Length > 0 && tail.Length > 0 && Math.Abs(tailRead.Length - tail.Length) <= 2;
    }

    private static int WordRank(string line, int at)
    {
        var rank = 0;
        var inWord = false;
        for (var i = 0; i < at; i++)
        {
            var space = char.IsWhiteSpace(line[i]);
            if (!space && !inWord)
            {
                rank++;
            }

            inWord = !space;
        }

        return inWord ? -1 : rank; // the number starts inside a word ("Số:40025/…"): not compared
    }

    private static string? WordAt(string line, int rank)
    {
        if (rank < 0)
        {
            return null;
        }

        var words = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return rank < words.Length ? words[rank] : null;
    }
}
