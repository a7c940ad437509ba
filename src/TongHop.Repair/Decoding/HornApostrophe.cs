using System.Text.RegularExpressions;
using TongHop.Text.Syllables;

namespace TongHop.Repair.Decoding;

/// <summary>
/// English OCR reads the horn of a capital Ơ or Ư as an apostrophe (`THU'C` is THỰC, `VU'C` VỰC) and, before a narrow capital,
/// runs the next word into it: `SO'Y TE` is SỞ Y TẾ, read as one token the decoder could only make *SƠN* of. Where the letters
/// on both sides of the apostrophe make no syllable together but the part after it is one, the apostrophe stands for the horn
/// and a lost blank: the token is split there (`SO Y`), and the decoder reads both words. `THU'C` (thuc is a syllable) is left
/// whole.
/// </summary>
internal static class HornApostrophe
{
    private static readonly Regex Joined = new(
        @"(?<![\p{L}\p{N}])(?<left>[A-Z]*[OU])['’](?<right>[A-Z]+)(?![\p{L}\p{N}])",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.Compiled,
        TimeSpan.FromSeconds(1));

    /// <summary>Splits the joined words of <paramref name="lines"/>; returns the lines changed.</summary>
    public static List<int> Restore(string[] lines) =>
        LineRewrites.Apply(lines, static line => line.AsSpan().IndexOfAny('\'', '’') < 0 ? line : Joined.Replace(line, Split));

    private static string Split(Match match)
    {
        var left = match.Groups["left"].Value;
        var right = match.Groups["right"].Value;
        return !VietnameseSyllable.IsValid(left + right) && VietnameseSyllable.IsValid(right) ? left + " " + right : match.Value;
    }
}
