using System.Text;

namespace TongHop.Reading.Tests.Fixtures;

/// <summary>
/// Encodes Unicode text the way old Vietnamese office software saved it, to make legacy-encoded test
/// files: Windows-1258 (base letter + combining tone byte where no precomposed code exists), VNI
/// (base letter + mark byte) and TCVN3 (one byte per letter; capitals with tones are written in lower
/// case, as the .VnTimeH capitals font did).
/// </summary>
public static class LegacyEncoder
{
    private static readonly Encoding Windows1258 = CodePagesEncodingProvider.Instance.GetEncoding(1258, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback)!;
    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;
    private static readonly string Tones = "\u0301\u0300\u0309\u0303\u0323";

    public static byte[] ToWindows1258(string text)
    {
        var bytes = new List<byte>();
        foreach (var letter in text.Normalize(NormalizationForm.FormC))
        {
            var (withoutTone, tone) = SplitTone(letter);
            bytes.AddRange(Windows1258.GetBytes(withoutTone + tone));
        }

        return [.. bytes];
    }

    public static byte[] ToVni(string text)
    {
        var builder = new StringBuilder();
        foreach (var letter in text.Normalize(NormalizationForm.FormC))
        {
            builder.Append(VniLetter(letter));
        }

        return Windows1252.GetBytes(builder.ToString());
    }

    public static byte[] ToTcvn3(string text)
    {
        var decode = Enumerable.Range(0x80, 0x80).ToDictionary(b => Reading.Text.Tcvn3Encoding.Decode([(byte)b])[0], b => (byte)b);
        var bytes = new List<byte>();
        foreach (var letter in text.Normalize(NormalizationForm.FormC))
        {
            bytes.Add(letter < 0x80 ? (byte)letter
                : decode.TryGetValue(letter, out var b) ? b
                : decode.TryGetValue(char.ToLowerInvariant(letter), out var lower) ? lower
                : (byte)'?');
        }

        return [.. bytes];
    }

    /// <summary>"ệ" → ("ê", "\u0323"): the letter without its tone (precomposed) and the tone mark.</summary>
    private static (string WithoutTone, string Tone) SplitTone(char letter)
    {
        var decomposed = letter.ToString().Normalize(NormalizationForm.FormD);
        var tone = decomposed.Where(c => Tones.Contains(c, StringComparison.Ordinal)).Select(c => c.ToString()).FirstOrDefault();
        return tone is null
            ? (letter.ToString(), "")
            : (decomposed.Replace(tone, "", StringComparison.Ordinal).Normalize(NormalizationForm.FormC), tone);
    }

    // VNI mark bytes (lower case; capitals use the upper-case byte): tones ù ø û õ ï; â circumflex, ê breve.
    private static string VniLetter(char letter)
    {
        var (withoutTone, tone) = SplitTone(letter);
        var upper = char.IsUpper(letter);
        var lower = withoutTone.ToLowerInvariant();
        var toneIndex = tone.Length == 0 ? -1 : Tones.IndexOf(tone[0], StringComparison.Ordinal);
        var mark = lower switch
        {
            "đ" => ("ñ", ""),
            "ơ" => ("ô", Pick(toneIndex, "ùøûõï")),
            "ư" => ("ö", Pick(toneIndex, "ùøûõï")),
            "i" when toneIndex >= 0 => (Pick(toneIndex, "íìæóò"), ""),
            "y" when toneIndex == 4 => ("î", ""),
            "â" or "ê" or "ô" => (lower[..0] + (char)(lower[0] == 'â' ? 'a' : lower[0] == 'ê' ? 'e' : 'o'), toneIndex < 0 ? "â" : Pick(toneIndex, "áàåãä")),
            "ă" => ("a", toneIndex < 0 ? "ê" : Pick(toneIndex, "éèúüë")),
            _ => (lower, Pick(toneIndex, "ùøûõï")),
        };
        var text = mark.Item1 + mark.Item2;
        return upper ? text.ToUpperInvariant() : text;
    }

    private static string Pick(int index, string marks) => index < 0 ? "" : marks[index].ToString();
}
