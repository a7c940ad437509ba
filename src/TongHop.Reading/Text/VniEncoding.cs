using System.Collections.Frozen;
using System.Text;

namespace TongHop.Reading.Text;

/// <summary>
/// Decodes VNI (VNI-Windows fonts such as <c>VNI-Times</c>) to Unicode. VNI writes a Vietnamese letter
/// as its base letter followed by one Windows-1252 byte that the font draws as the marks, e.g.
/// "Vieät Nam" for "Việt Nam", "ñ" for "đ", "ô"/"ö" for "ơ"/"ư". Source: the VNI Software code table
/// (VNI-Windows), as reproduced in the xvnkb and UniKey converters: tone marks ù ø û õ ï (sắc, huyền,
/// hỏi, ngã, nặng); â (circumflex) and á à å ã ä (circumflex with a tone); ê (breve, after a) and
/// é è ú ü ë (breve with a tone); i with a tone is one byte (í ì æ ó ò), ỵ is î. Capitals use the
/// upper-case forms of the same bytes. The result is built with combining marks and returned in NFC.
/// </summary>
public static class VniEncoding
{
    public const string Name = "vni";

    private const string Acute = "\u0301", Grave = "\u0300", Hook = "\u0309", Tilde = "\u0303", Dot = "\u0323";
    private const string Circumflex = "\u0302", Breve = "\u0306", Horn = "\u031B";

    private static readonly FrozenDictionary<char, string> Tones = Cased(new Dictionary<char, string>
    {
        ['ù'] = Acute, ['ø'] = Grave, ['û'] = Hook, ['õ'] = Tilde, ['ï'] = Dot,
    });

    private static readonly FrozenDictionary<char, string> CircumflexMarks = Cased(new Dictionary<char, string>
    {
        ['â'] = Circumflex, ['á'] = Circumflex + Acute, ['à'] = Circumflex + Grave,
        ['å'] = Circumflex + Hook, ['ã'] = Circumflex + Tilde, ['ä'] = Circumflex + Dot,
    });

    private static readonly FrozenDictionary<char, string> BreveMarks = Cased(new Dictionary<char, string>
    {
        ['ê'] = Breve, ['é'] = Breve + Acute, ['è'] = Breve + Grave,
        ['ú'] = Breve + Hook, ['ü'] = Breve + Tilde, ['ë'] = Breve + Dot,
    });

    // Letters that are one byte in VNI: đ, ơ, ư, ỵ and i with its five tones.
    private static readonly FrozenDictionary<char, string> Single = Cased(new Dictionary<char, string>
    {
        ['ñ'] = "đ", ['ô'] = "o" + Horn, ['ö'] = "u" + Horn, ['î'] = "y" + Dot,
        ['í'] = "i" + Acute, ['ì'] = "i" + Grave, ['æ'] = "i" + Hook, ['ó'] = "i" + Tilde, ['ò'] = "i" + Dot,
    });

    private static readonly Encoding Windows1252 = System.Text.CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        var glyphs = Windows1252.GetString(bytes);
        var builder = new StringBuilder(glyphs.Length);
        for (var i = 0; i < glyphs.Length; i++)
        {
            var (letter, consumedMark) = Letter(glyphs[i], i + 1 < glyphs.Length ? glyphs[i + 1] : '\0');
            builder.Append(letter);
            i += consumedMark ? 1 : 0;
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>One letter: a base with the mark byte that follows it, or a one-byte letter, or the glyph itself.</summary>
    private static (string Letter, bool ConsumedMark) Letter(char glyph, char next)
    {
        var lower = char.ToLowerInvariant(glyph);
        if (Single.TryGetValue(glyph, out var single))
        {
            var text = char.IsUpper(glyph) ? single.ToUpperInvariant() : single;
            return lower is 'ô' or 'ö' && Tones.TryGetValue(next, out var horned) ? (text + horned, true) : (text, false);
        }

        var marks = lower switch
        {
            'a' => Marks(next, CircumflexMarks, BreveMarks, Tones),
            'e' or 'o' => Marks(next, CircumflexMarks, Tones),
            'u' or 'y' => Marks(next, Tones),
            _ => null,
        };
        return marks is null ? (glyph.ToString(), false) : (glyph + marks, true);
    }

    private static string? Marks(char next, params FrozenDictionary<char, string>[] tables)
    {
        foreach (var table in tables)
        {
            if (table.TryGetValue(next, out var marks))
            {
                return marks;
            }
        }

        return null;
    }

    /// <summary>Adds the upper-case byte of every lower-case key (Ù for ù, Â for â, Ñ for ñ …).</summary>
    private static FrozenDictionary<char, string> Cased(Dictionary<char, string> lower)
    {
        foreach (var (key, value) in lower.ToList())
        {
            lower[char.ToUpperInvariant(key)] = value;
        }

        return lower.ToFrozenDictionary();
    }
}
