using System.Text.RegularExpressions;
using TongHop.Repair.Tokenization;
using TongHop.Text.Normalization;

namespace TongHop.Repair.Decoding;

/// <summary>
/// A quarter, "quý I" to "quý IV", as English OCR garbles it: the word loses its mark (`quy`, which is also a syllable of its
/// own, as in quy định) and the numeral's strokes are read as 1, l, T or | (`quy IIT`, `quy ITII`, `quy I1`, `Quy 111/2025`).
/// The language model sees such a numeral as a symbol and kept `quy`. Reports write their quarters only in Roman numerals,
/// so `quy` before a run of up to four such strokes is the quarter: the numeral is written I, II or III by its strokes (four
/// are read for three: no quarter is IIII), or IV, before decoding, and the word before a quarter's numeral is read quý
/// (<see cref="IsQuarterWord"/>; ý is a letter English OCR writes, so a quý in the text is still re-read). A lone digit 1
/// may be an Arabic quarter and is left to the decoder; bars alone are a table's cell border after a column title
/// ("| Thực hiện quý | Lũy kế |"), no numeral.
/// </summary>
internal static class QuarterNumerals
{
    private static readonly Regex Garbled = new(
        @"(?<![\p{L}\p{N}])(?<word>quy|Quy|QUY)[ \t]+(?<numeral>[I1lT|]{1,4}|[I1l]V)(?=[ \t.,;:)/]|$)",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.Compiled,
        TimeSpan.FromSeconds(1));

    /// <summary>
    /// Whether word token <paramref name="t"/> of the line is `quy` (any case, any marks) before a quarter's Roman numeral, I to
    /// IV, alone or with its year ("III/2025"): then it is quý.
    /// </summary>
    public static bool IsQuarterWord(string line, IReadOnlyList<RepairToken> tokens, int t)
    {
        if (t + 1 >= tokens.Count || tokens[t].Kind != TokenKind.Word || tokens[t].CoreLength != 3)
        {
            return false;
        }

        // The numeral alone or with its year ("III/2025").
        var next = tokens[t + 1].Core(line);
        var slash = next.IndexOf('/');
        return (slash > 0 ? next[..slash] : next) is "I" or "II" or "III" or "IV"
            && VietnameseText.FoldLower(tokens[t].Core(line).ToString()) == "quy";
    }

    /// <summary>Writes the numerals of the quarters of <paramref name="lines"/>; returns the lines changed.</summary>
    public static List<int> Restore(string[] lines) =>
        LineRewrites.Apply(lines, static line => line.Contains("uy ", StringComparison.OrdinalIgnoreCase) ? Garbled.Replace(line, Rewrite) : line);

    private static string Rewrite(Match match)
    {
        var numeral = match.Groups["numeral"].Value;
        if ((!numeral.AsSpan().ContainsAnyExcept('1') && numeral.Length < 2) || !numeral.AsSpan().ContainsAnyExcept('|'))
        {
            return match.Value;
        }

        var roman = numeral.EndsWith('V') ? "IV" : new string('I', Math.Min(numeral.Length, 3));
        return match.Value[..(match.Groups["numeral"].Index - match.Index)] + roman;
    }
}
