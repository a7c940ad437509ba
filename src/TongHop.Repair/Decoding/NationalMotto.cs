using System.Text.RegularExpressions;
using TongHop.Text.Normalization;

namespace TongHop.Repair.Decoding;

/// <summary>
/// The national motto every Decree 30/2020 (and Circular 01/2011) header prints under the country's name, "Độc lập - Tự
/// do - Hạnh phúc". English OCR garbles its first word beyond what the channel offers ("Pic lap", "Poc 1ap": Đ read as P,
/// so the decoder picks a name syllable, "Pắc lập") while the rest stays recognisable; the phrase is fixed by law, so a
/// garbled report's line that carries "… lap - Tu do - Hanh phuc" is the motto, word for word. Only the six words are
/// rewritten (the separators and whatever runs before or after them on a merged header line stay), in the case the OCR
/// printed them (all capitals or as written in the decree).
/// </summary>
internal static class NationalMotto
{
    private static readonly string[] Words = ["Độc", "lập", "Tự", "do", "Hạnh", "phúc"];

    // On the folded, lower-cased line (offsets are the line's): a 2–4 letter first word, "lap" with its l read as 1, I or
    // |, then "tu do" and "hanh phuc" as English OCR prints them ("Tw do", "Ty do", "Hanh phic", "Hạnh phủe").
    private static readonly Regex Garbled = new(
        @"(?<![\p{L}\p{N}])(?<w0>[a-z0-9]{2,4})[ \t]+(?<w1>[l1i|][a-z0-9]{1,2}p)[ \t]*[-–—~][ \t]*(?<w2>t[a-z]{1,2})[ \t]+(?<w3>d[o0])" +
        @"[ \t]*[-–—~][ \t]*(?<w4>h[a-z]{3,4})[ \t]+(?<w5>ph[a-z0-9]{1,3})(?![\p{L}\p{N}])",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.Compiled,
        TimeSpan.FromSeconds(1));

    // The motto stands in the header: the first lines (OCR may put a few lines of debris or a merged column before it).
    private const int HeaderLines = 20;

    /// <summary>Rewrites the motto's words where a header line of <paramref name="lines"/> carries it garbled; returns the
    /// lines changed.</summary>
    public static List<int> Restore(string[] lines) => LineRewrites.Apply(lines, RewriteLine, HeaderLines);

    private static string RewriteLine(string line)
    {
        if (line.Length < 20 || line.AsSpan().IndexOfAny("-–—~") < 0)
        {
            return line;
        }

        var match = Garbled.Match(VietnameseText.FoldLowerChars(line));
        return match.Success ? Rewrite(line, match) : line;
    }

    private static string Rewrite(string line, Match match)
    {
        var capitals = 0;
        var letters = 0;
        foreach (var c in line.AsSpan(match.Index, match.Length))
        {
            if (char.IsLetter(c))
            {
                letters++;
                capitals += char.IsUpper(c) ? 1 : 0;
            }
        }

        var upper = capitals * 10 >= letters * 8;
        var output = new System.Text.StringBuilder(line.Length + 8);
        var copied = 0;
        for (var w = 0; w < Words.Length; w++)
        {
            var group = match.Groups["w" + w];
            output.Append(line, copied, group.Index - copied).Append(upper ? Words[w].ToUpperInvariant() : Words[w]);
            copied = group.Index + group.Length;
        }

        return output.Append(line, copied, line.Length - copied).ToString();
    }
}
