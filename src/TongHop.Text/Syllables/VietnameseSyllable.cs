using System.Globalization;
using System.Text;

namespace TongHop.Text.Syllables;

/// <summary>
/// Phonotactic rules for one written Vietnamese syllable (onset + rhyme + tone). Accepts syllables that
/// no corpus has seen but that Vietnamese spelling allows (names such as "Khuyến", "Nghĩa"), and
/// rejects English-OCR debris such as "trién" (ê lost its circumflex) or "thue". Case-insensitive;
/// both tone placements ("hòa"/"hoà") are valid. Thread-safe and allocation-light.
/// </summary>
public static class VietnameseSyllable
{
    /// <summary>Whether <paramref name="token"/> (letters only, any case) is a well-formed Vietnamese syllable.</summary>
    public static bool IsValid(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        if (token.Length is 0 or > 8)
        {
            return false;
        }

        if (!TrySplitTone(token, out var bare, out var tone))
        {
            return false;
        }

        return IsValidBare(bare, tone);
    }

    /// <summary>The tone written on <paramref name="token"/>, or <see langword="null"/> if it carries two tone marks.</summary>
    public static VietnameseTone? ToneOf(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return TrySplitTone(token, out _, out var tone) ? tone : null;
    }

    /// <summary>Lower-case <paramref name="token"/> without its tone mark, vowel-quality marks kept: "Quyết" → "quyêt".</summary>
    public static string StripTone(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        TrySplitTone(token, out var bare, out _);
        return bare;
    }

    private static bool IsValidBare(string bare, VietnameseTone tone)
    {
        foreach (var onset in PhonotacticRules.Onsets)
        {
            if (!bare.StartsWith(onset, StringComparison.Ordinal))
            {
                continue;
            }

            var rhyme = bare[onset.Length..];
            if (RhymeFits(onset, rhyme) && ToneFits(rhyme, tone))
            {
                return true;
            }
        }

        return false;
    }

    private static bool RhymeFits(string onset, string rhyme) => onset switch
    {
        "" => PhonotacticRules.Rhymes.Contains(rhyme) || PhonotacticRules.OnsetlessRhymes.Contains(rhyme),
        "qu" => PhonotacticRules.QuRhymes.Contains(rhyme),
        "gi" => PhonotacticRules.IsGiRhyme(rhyme),
        _ => rhyme.Length > 0 && PhonotacticRules.Rhymes.Contains(rhyme) && PhonotacticRules.OnsetFitsRhyme(onset, rhyme),
    };

    // Stop-final rhymes (các, học, lập, kịch) admit only sắc or nặng.
    private static bool ToneFits(string rhyme, VietnameseTone tone) =>
        !PhonotacticRules.IsStopRhyme(rhyme) || tone is VietnameseTone.Rising or VietnameseTone.Heavy;

    /// <summary>Splits off the (single) tone mark through canonical decomposition; fails on non-letters or two marks.</summary>
    private static bool TrySplitTone(string token, out string bare, out VietnameseTone tone)
    {
        tone = VietnameseTone.Level;
        var decomposed = token.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var marks = 0;
        foreach (var c in decomposed)
        {
            var mark = ToneMark(c);
            if (mark is { } t)
            {
                tone = t;
                marks++;
                continue;
            }

            if (!char.IsLetter(c) && c is not ('\u0302' or '\u0306' or '\u031B'))
            {
                bare = string.Empty;
                return false;
            }

            builder.Append(char.ToLower(c, CultureInfo.InvariantCulture));
        }

        bare = builder.ToString().Normalize(NormalizationForm.FormC);
        return marks <= 1;
    }

    private static VietnameseTone? ToneMark(char c) => c switch
    {
        '\u0300' => VietnameseTone.Falling,
        '\u0301' => VietnameseTone.Rising,
        '\u0309' => VietnameseTone.Dipping,
        '\u0303' => VietnameseTone.Broken,
        '\u0323' => VietnameseTone.Heavy,
        _ => null,
    };
}
