using TongHop.Text.Numbers;

namespace TongHop.Repair.Decoding;

/// <summary>
/// The top-level section numbers of a report (I., II., III., IV. before all-caps headings) as one sequence: an OCR that
/// drops a stroke ("II. ĐÁNH GIÁ CHUNG" after "II. KẾT QUẢ") or reads II as H ("H. KẾT QUẢ" after "I.") breaks a sequence
/// reports never break, so a heading whose numeral repeats or goes back is the next numeral when that is one stroke away
/// and the heading after it (if any) continues from there; a look-alike numeral (H, Il) that is the next one is written
/// as such. Numerals that continue the sequence, and any that are not one stroke from it, are kept.
/// </summary>
internal static class SectionNumerals
{
    /// <summary>Rewrites the numerals of such headings in <paramref name="lines"/>; returns the indexes of the lines changed.</summary>
    public static List<int> Restore(string[] lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var headings = new List<Heading>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (Read(lines[i]) is { } heading)
            {
                headings.Add(heading with { Line = i });
            }
        }

        var changed = new List<int>();
        var previous = 0;
        for (var k = 0; k < headings.Count; k++)
        {
            var heading = headings[k];
            var expected = previous + 1;
            var value = heading.Value;
            var lookAlike = value == expected && !heading.Certain;
            var strokeLost = value <= previous && previous > 0 && Value(heading.Numeral + "I") == expected
                && (k + 1 == headings.Count || headings[k + 1].Value > expected || Value(headings[k + 1].Numeral + "I") == expected + 1);
            if (lookAlike || strokeLost)
            {
                var line = lines[heading.Line];
                lines[heading.Line] = string.Concat(line.AsSpan(0, heading.Start), RomanNumerals.ToRoman(expected), line.AsSpan(heading.Start + heading.Numeral.Length));
                changed.Add(heading.Line);
                value = expected;
            }

            previous = value;
        }

        return changed;
    }

    private static int Value(string numeral) => RomanNumerals.TryReadOcr(numeral, out var value, out _) ? value : 0;

    // "II. KẾT QUẢ…", "H KẾT QUẢ…": a numeral first, then a point or a space, then a heading in capitals.
    private static Heading? Read(string line)
    {
        var start = 0;
        while (start < line.Length && char.IsWhiteSpace(line[start]))
        {
            start++;
        }

        var end = start;
        while (end < line.Length && !char.IsWhiteSpace(line[end]) && line[end] != '.')
        {
            end++;
        }

        if (end == start || end >= line.Length || !RomanNumerals.TryReadOcr(line.AsSpan(start, end - start), out var value, out var certain))
        {
            return null;
        }

        var rest = line.AsSpan(line[end] == '.' ? end + 1 : end);
        if (rest.IsEmpty || !char.IsWhiteSpace(rest[0]))
        {
            return null;
        }

        int upper = 0, lower = 0;
        foreach (var c in rest)
        {
            if (char.IsUpper(c))
            {
                upper++;
            }
            else if (char.IsLower(c))
            {
                lower++;
            }
        }

        return upper >= 4 && lower * 10 <= upper ? new Heading(0, start, line[start..end], value, certain) : null;
    }

    private sealed record Heading(int Line, int Start, string Numeral, int Value, bool Certain);
}
