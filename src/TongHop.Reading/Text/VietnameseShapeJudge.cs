using System.Text;
using System.Text.RegularExpressions;
using TongHop.Text.Normalization;

namespace TongHop.Reading.Text;

/// <summary>
/// The default text judge of <see cref="ReadingOptions.TextQuality"/>: a small, dictionary-free measure
/// of how much a text looks like correctly written Vietnamese. It multiplies two shares of the word
/// tokens: those with a valid syllable shape (onset + vowels + final, at most one tone mark), and
/// those written with Vietnamese letters or tone marks, scaled so that typical prose (about 60 % of
/// syllables carry a mark) scores 1. English OCR of a Vietnamese scan keeps the shapes ("Bao cao ket
/// qua") but loses the marks, so it scores low. Thread-safe.
/// </summary>
public static partial class VietnameseShapeJudge
{
    /// <summary>Share of marked syllables at which a text counts as fully Vietnamese.</summary>
    private const double FullMarkedShare = 0.45;

    /// <summary>Returns 0–1; 0 for a text without word tokens.</summary>
    public static double Measure(string text)
    {
        int words = 0, valid = 0, marked = 0;
        foreach (var token in Tokens(text))
        {
            words++;
            var (isValid, isMarked) = Classify(token);
            valid += isValid ? 1 : 0;
            marked += isValid && isMarked ? 1 : 0;
        }

        if (words == 0)
        {
            return 0;
        }

        var markedShare = Math.Min(1.0, (double)marked / words / FullMarkedShare);
        return (double)valid / words * markedShare;
    }

    /// <summary>
    /// Whitespace-separated tokens with edge punctuation stripped. Tokens with a digit (numbers, "57-NQ/TW",
    /// OCR's "s6") are skipped: they are neither syllables nor evidence against the text.
    /// </summary>
    private static IEnumerable<string> Tokens(string text)
    {
        foreach (var raw in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var token = raw.Trim(EdgePunctuation);
            if (token.Length > 0 && !token.Any(char.IsDigit))
            {
                yield return token;
            }
        }
    }

    private static readonly char[] EdgePunctuation = ".,;:!?\"'()[]{}“”‘’-–—…/*".ToCharArray();

    private static (bool Valid, bool Marked) Classify(string token)
    {
        var lower = VietnameseText.Nfc(token).ToLowerInvariant();
        var decomposed = lower.Normalize(NormalizationForm.FormD);
        var tones = 0;
        var toneless = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (c is '\u0300' or '\u0301' or '\u0303' or '\u0309' or '\u0323')
            {
                tones++;
                continue;
            }

            toneless.Append(c);
        }

        var letters = toneless.ToString().Normalize(NormalizationForm.FormC);
        var marked = tones > 0 || letters.Any(c => c > 0x7F);
        return (tones <= 1 && SyllableShape().IsMatch(letters), marked);
    }

    // A syllable without its tone: onset, one of the vowel nuclei of Vietnamese orthography, final
    // consonant ("nguyên" = ng + uyê + n). "gi" is also a whole syllable (gì, gìn).
    [GeneratedRegex(
        "^(gi(ch|ng|nh|[cmnpt])?|(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?" +
        "(iêu|yêu|oai|oay|oeo|uây|uôi|ươi|ươu|uya|uyê|uyu|" +
        "ai|ao|au|ay|âu|ây|eo|êu|ia|iê|iu|oa|oă|oe|oi|ôi|ơi|oo|ua|uâ|uê|ui|uô|uơ|ưa|ưi|ươ|ưu|uy|yê|" +
        "[aăâeêioôơuưy])(ch|ng|nh|[cmnpt])?)$",
        RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex SyllableShape();
}
