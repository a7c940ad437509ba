using System.Text;
using TongHop.Text.Normalization;

namespace TongHop.Reading.Text;

/// <summary>
/// Finds the encoding of a plain-text file and decodes it. In order: a byte-order mark (UTF-8, UTF-16
/// LE/BE); valid UTF-8; otherwise the legacy Vietnamese encodings Windows-1258, TCVN3 and VNI, each
/// decoded and judged by <see cref="VietnameseShapeJudge"/>, the most Vietnamese-looking one winning.
/// The built-in judge is used rather than the injected one because it checks syllable shapes with
/// their vowel marks, which is what tells the legacy encodings apart. Thread-safe.
/// </summary>
public static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly Encoding Windows1258 = CodePagesEncodingProvider.Instance.GetEncoding(1258)!;

    // The first 64 K characters are enough to tell encodings apart, and judging them bounds the work.
    private const int JudgedChars = 64 * 1024;


    /// <summary>Whether the bytes start with a UTF-16 byte-order mark (such files contain zero bytes).</summary>
    public static bool HasUtf16Bom(ReadOnlySpan<byte> head) =>
        head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]);

    /// <summary>
    /// UTF-16 written without a byte-order mark (Notepad's "Unicode" save, some exports): every other byte is zero for
    /// the ASCII letters, digits, spaces and line ends that make a good share of any Vietnamese text, while a Vietnamese
    /// letter (U+1E00–U+1EFF, U+00C0–U+01B0) has no zero byte at all. "utf-16le", "utf-16be", or null.
    /// </summary>
    public static string? Utf16WithoutBom(ReadOnlySpan<byte> head)
    {
        var pairs = head.Length / 2;
        if (pairs < 2)
        {
            return null;
        }

        int zeroOdd = 0, zeroEven = 0, nul = 0;
        for (var i = 0; i + 1 < head.Length; i += 2)
        {
            var (even, odd) = (head[i], head[i + 1]);
            if (even == 0 && odd == 0)
            {
                nul++;
            }
            else if (odd == 0)
            {
                zeroOdd++;
            }
            else if (even == 0)
            {
                zeroEven++;
            }
        }

        // A third of the characters ASCII, the other order almost never, (almost) no NUL characters.
        var name = nul * 100 > pairs ? null
            : zeroOdd * 3 >= pairs && zeroEven * 20 <= pairs ? "utf-16le"
            : zeroEven * 3 >= pairs && zeroOdd * 20 <= pairs ? "utf-16be"
            : null;
        return name is not null && LooksLikeText((name == "utf-16le" ? Encoding.Unicode : Encoding.BigEndianUnicode).GetString(head[..(pairs * 2)]))
            ? name
            : null;
    }

    // Binary data of 16-bit numbers also has zero high bytes; text is letters, digits, spaces and punctuation.
    private static bool LooksLikeText(string text)
    {
        var odd = 0;
        foreach (var c in text)
        {
            if (char.IsSurrogate(c) || (char.IsControl(c) && c is not ('\t' or '\n' or '\r' or '\f')) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.OtherNotAssigned or System.Globalization.UnicodeCategory.PrivateUse)
            {
                odd++;
            }
        }

        return odd * 50 <= text.Length;
    }

    public static DecodedText Decode(byte[] content)
    {
        var (text, encoding) = DecodeRaw(content);
        return new DecodedText(Clean(text), encoding);
    }

    private static (string Text, string Encoding) DecodeRaw(byte[] content)
    {
        var span = content.AsSpan();
        if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return (Encoding.UTF8.GetString(span[3..]), "utf-8");
        }

        if (span.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return (Encoding.Unicode.GetString(span[2..]), "utf-16le");
        }

        if (span.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return (Encoding.BigEndianUnicode.GetString(span[2..]), "utf-16be");
        }

        switch (Utf16WithoutBom(span[..Math.Min(span.Length, 8192)]))
        {
            case "utf-16le":
                return (Encoding.Unicode.GetString(span), "utf-16le");
            case "utf-16be":
                return (Encoding.BigEndianUnicode.GetString(span), "utf-16be");
        }

        return TryStrictUtf8(content, out var utf8) ? (utf8, "utf-8") : BestLegacy(content);
    }

    private static bool TryStrictUtf8(byte[] content, out string text)
    {
        try
        {
            text = StrictUtf8.GetString(content);
            return true;
        }
        catch (DecoderFallbackException)
        {
            text = "";
            return false;
        }
    }

    /// <summary>
    /// Decodes with each legacy encoding and keeps the one the judge finds most Vietnamese. The three
    /// disagree on almost every Vietnamese letter (TCVN3 "ViÖt" and VNI "Vieät" read as Windows-1258
    /// are not syllables), so on real text the right one wins by a wide margin. Ties go to the earlier
    /// candidate, Windows-1258, the only one of the three that Windows still ships.
    /// </summary>
    private static (string Text, string Encoding) BestLegacy(byte[] content)
    {
        (string Text, string Encoding)[] candidates =
        [
            (VietnameseText.Nfc(Windows1258.GetString(content)), "windows-1258"),
            (VietnameseText.Nfc(Tcvn3Encoding.Decode(content)), Tcvn3Encoding.Name),
            (VniEncoding.Decode(content), VniEncoding.Name),
        ];
        return candidates.MaxBy(c => VietnameseShapeJudge.Measure(c.Text.Length > JudgedChars ? c.Text[..JudgedChars] : c.Text));
    }

    private static string Clean(string text) =>
        VietnameseText.Nfc(text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n'));
}
