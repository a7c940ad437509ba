using System.Buffers;

namespace TongHop.Text.Ocr;

/// <summary>
/// The characters an English OCR writes for Vietnamese letters, and the letter each most often stands for
/// (real samples: "s6" = số, "1ap" = lập, "x4"/"x3" = xã, "S&amp;" = Sở, "1€" = lệ, "56" = số), and the
/// two-letter renderings of one vowel ("chirc" = chức, "ciia" = của). The one table of them: repair's
/// candidate keys (<c>Repair/Channel/OcrFolding</c>) and the indicator matcher's word keys
/// (<c>Extraction/Indicators/Matching/OcrFold</c>) both read it.
/// </summary>
public static class OcrLookAlikes
{
    /// <summary>
    /// The lower-case letter that <paramref name="c"/> stands for when English OCR wrote it inside a Vietnamese
    /// word, or <c>'\0'</c> when <paramref name="c"/> is not a look-alike (letters are not: they stand for themselves).
    /// '2' and '7' are read as the shapes they resemble (z, t), which no Vietnamese syllable has, so a key with them
    /// matches nothing exactly and is left to edit distance.
    /// '§' is an ô with its tone ("s§" = số), '¥' a ỹ or ữ ("k¥" = kỹ, "Hi¥u" = Hữu), the ligature 'ﬁ' an a with marks
    /// ("gﬁn" = gần).
    /// </summary>
    public static char Letter(char c) => c switch
    {
        '6' or '0' or '&' or '@' or '9' or '§' => 'o',
        '1' or '|' or '!' => 'l',
        '3' or '4' or 'ﬁ' => 'a',
        '€' or '¢' or '8' => 'e',
        '5' or '$' => 's',
        '¥' => 'y',
        '2' => 'z',
        '7' => 't',
        _ => '\0',
    };

    /// <summary>
    /// The other letter a look-alike stands for, or <c>'\0'</c>: English OCR writes a toned ê (ế, ệ) as "&amp;" as well as
    /// ơ/ở ("t&amp;" = tế, "1&amp;" = lệ beside "S&amp;" = Sở), a c as "¢" as well as ê ("¢6" = có), and ữ as "¥" as well as ỹ.
    /// </summary>
    public static char SecondLetter(char c) => c switch
    {
        '&' => 'e',
        '¢' => 'c',
        '¥' => 'u',
        _ => '\0',
    };

    /// <summary>Every character <see cref="Letter"/> maps (for a vectorised "has any" test).</summary>
    public static SearchValues<char> Chars { get; } = SearchValues.Create("60&@91|!34€¢85$27§ﬁ¥");

    /// <summary>
    /// The symbols that stand for letters inside a word ("S&amp;" = Sở, "1€" = lệ, "¢" = ê), so they belong to a word
    /// and are not punctuation at its edges. '|' and '!' are read as l only between letters: at an edge they are
    /// punctuation.
    /// </summary>
    public static SearchValues<char> WordSymbols { get; } = SearchValues.Create("&€¢@$¥§");

    /// <summary>
    /// Two letters that English OCR writes for one vowel, with the vowel's bare letter: ư as "ir" ("chirc" = chức;
    /// no Vietnamese word has "ir") and ủ as "ii" ("ciia" = của; no Vietnamese word has "ii").
    /// </summary>
    public static ReadOnlySpan<(string Pair, char Vowel)> VowelPairs => Pairs;

    private static readonly (string Pair, char Vowel)[] Pairs = [("ir", 'u'), ("ii", 'u')];
}
