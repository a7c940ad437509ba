using System.Globalization;
using System.Text;

namespace TongHop.Text.Syllables;

/// <summary>
/// Phonotactic rules for one written Vietnamese syllable (onset + rhyme + tone). Accepts syllables that
/// no corpus has seen but that Vietnamese spelling allows (names such as "Khuyến", "Nghĩa"), and
/// rejects English-OCR debris such as "trién" (ê lost its circumflex) or "thue". Case-insensitive;
/// both tone placements ("hòa"/"hoà") are valid. Thread-safe; <see cref="IsValid(ReadOnlySpan{char})"/>
/// allocates nothing for Latin letters (tables of <see cref="ToneLetters"/> and <see cref="BareSyllables"/>).
/// </summary>
public static class VietnameseSyllable
{
    private const int MaxLength = BareKey.MaxLength;

    /// <summary>Whether <paramref name="token"/> (letters only, any case) is a well-formed Vietnamese syllable.</summary>
    public static bool IsValid(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return IsValid(token.AsSpan());
    }

    /// <summary>Whether <paramref name="token"/> (letters only, any case) is a well-formed Vietnamese syllable.</summary>
    public static bool IsValid(ReadOnlySpan<char> token)
    {
        if (token.Length is 0 or > MaxLength)
        {
            return false;
        }

        var status = ToneLetters.SplitToKey(token, out var key, out var tone);
        if (status == ToneLetters.Status.Unknown)
        {
            return SplitToneByDecomposition(token.ToString(), out var decomposedBare, out tone) == ToneLetters.Status.Ok
                && BareSyllables.Fits(decomposedBare, tone);
        }

        return status == ToneLetters.Status.Ok && BareSyllables.Fits(key, tone);
    }

    /// <summary>The tone written on <paramref name="token"/>, or <see langword="null"/> if it carries two tone marks.</summary>
    public static VietnameseTone? ToneOf(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return SplitTone(token, out _, out var tone) == ToneLetters.Status.Ok ? tone : null;
    }

    /// <summary>Lower-case <paramref name="token"/> without its tone mark, vowel-quality marks kept: "Quyết" → "quyêt".</summary>
    public static string StripTone(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        SplitTone(token, out var bare, out _);
        return bare;
    }

    private static ToneLetters.Status SplitTone(string token, out string bare, out VietnameseTone tone)
    {
        var letters = new char[token.Length];
        var status = ToneLetters.Split(token, letters, out tone);
        if (status == ToneLetters.Status.Unknown)
        {
            return SplitToneByDecomposition(token, out bare, out tone);
        }

        bare = status == ToneLetters.Status.NotLetter ? string.Empty : new string(letters);
        return status;
    }

    /// <summary>
    /// Splits off the (single) tone mark through canonical decomposition: the reference that
    /// <see cref="ToneLetters"/> tabulates, and the path for chars outside its table.
    /// </summary>
    internal static ToneLetters.Status SplitToneByDecomposition(string token, out string bare, out VietnameseTone tone)
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
                return ToneLetters.Status.NotLetter;
            }

            builder.Append(char.ToLower(c, CultureInfo.InvariantCulture));
        }

        bare = builder.ToString().Normalize(NormalizationForm.FormC);
        return marks <= 1 ? ToneLetters.Status.Ok : ToneLetters.Status.TwoMarks;
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
