using System.Globalization;
using System.Text;

namespace TongHop.Text.Normalization;

/// <summary>Unicode helpers for Vietnamese: NFC normalisation and diacritic folding.</summary>
public static class VietnameseText
{
    /// <summary>
    /// vi-VN, for what only a culture knows: upper and lower case of Vietnamese words ("ủy ban" → "ỦY BAN"). Numbers and
    /// dates are written by <c>Numbers/VietnameseNumber</c> and <c>Dates/VietnameseDates</c>, whatever the machine's culture.
    /// </summary>
    public static CultureInfo Culture { get; } = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>Returns <paramref name="text"/> in Unicode NFC, the form every stage works on.</summary>
    public static string Nfc(string text) =>
        IsPlainlyNfc(text) || text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);

    /// <summary>
    /// Whether every char is one that NFC leaves alone whatever its neighbours (a starter that neither decomposes
    /// nor composes): ASCII, Latin-1 and Latin Extended (below the combining marks at U+0300), the precomposed
    /// Vietnamese letters of Latin Extended Additional and the dashes and quotes of General Punctuation. Such text
    /// (nearly every report) is NFC without asking ICU; any other char leaves the answer to ICU.
    /// </summary>
    internal static bool IsPlainlyNfc(ReadOnlySpan<char> text)
    {
        var i = text.IndexOfAnyInRange(CombiningMarks, char.MaxValue);
        for (; i >= 0 && i < text.Length; i++)
        {
            var c = text[i];
            if (c >= CombiningMarks && !IsPlainStarter(c))
            {
                return false;
            }
        }

        return true;
    }

    private const char CombiningMarks = '\u0300';

    internal static bool IsPlainStarter(char c) =>
        c < CombiningMarks || c is (>= '\u1E00' and < '\u1F00') or (>= '\u2010' and < '\u2070');

    /// <summary>
    /// Removes diacritics (tone marks and vowel marks) and maps đ/Đ to d/D, keeping case and length
    /// for precomposed input: "Đảng ủy" → "Dang uy". Every output char corresponds to one input char
    /// of an NFC string, so offsets in the folded text are offsets in the original.
    /// </summary>
    public static string Fold(string text) => FoldChars(Nfc(text));

    /// <summary>
    /// Folds and lower-cases: "Đảng Ủy" → "dang uy". Offsets are preserved as in <see cref="Fold"/>. One pass over
    /// a table (the same as folding, then <see cref="string.ToLowerInvariant"/>).
    /// </summary>
    public static string FoldLower(string text) => FoldLowerChars(Nfc(text));

    /// <summary>
    /// Folds and lower-cases char by char without normalising first, so the result has the length and offsets of
    /// <paramref name="text"/> even when it is not NFC (a stray combining mark is kept). For NFC text it is
    /// <see cref="FoldLower"/>.
    /// </summary>
    public static string FoldLowerChars(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.AsSpan().ContainsAnyInRange('\uD800', '\uDFFF'))
        {
            return FoldChars(text).ToLowerInvariant(); // a supplementary letter lower-cases as a pair, to a pair
        }

        // Straight into the new string: a document's whole text is folded so, and a buffer the size of it was copied.
        return string.Create(text.Length, text, static (span, source) => MapInto(source, span, FoldLowerTable.Value));
    }

    /// <summary>
    /// Folds and lower-cases <paramref name="text"/> into <paramref name="destination"/> (at least as long), char by char as
    /// <see cref="FoldLowerChars(string)"/> does, without a string: for a test on many lines that most of them fail. A
    /// surrogate stays as it is.
    /// </summary>
    public static void FoldLowerChars(ReadOnlySpan<char> text, Span<char> destination) => MapInto(text, destination, FoldLowerTable.Value);

    private static string FoldChars(string text) => string.Create(text.Length, text, static (span, source) =>
    {
        for (var i = 0; i < source.Length; i++)
        {
            span[i] = FoldChar(source[i]);
        }
    });

    /// <summary>Folds one character: removes its combining marks and maps đ/Đ to d/D.</summary>
    public static char FoldChar(char c) => c < FoldTable.Length ? FoldTable[c] : c;

    private const char FoldTableEnd = '\u1F00';

    private static readonly char[] FoldTable = BuildFoldTable();

    private static readonly Lazy<char[]> FoldLowerTable = new(() => BuildTable(c => char.ToLowerInvariant(FoldChar(c))));

    private static readonly Lazy<char[]> LowerTable = new(() => BuildTable(char.ToLowerInvariant));

    private static readonly Lazy<char[]> UpperTable = new(() => BuildTable(char.ToUpperInvariant));

    /// <summary>
    /// <see cref="string.ToLowerInvariant"/> for the words the readers compare, from a table: the runtime asks ICU for
    /// every string with a letter outside ASCII (every Vietnamese word), and those calls were 4 % of extract's time.
    /// </summary>
    public static string Lower(ReadOnlySpan<char> text) => ChangeCase(text, LowerTable.Value, upper: false);

    /// <summary><see cref="string.ToUpperInvariant"/> from a table, as <see cref="Lower"/>.</summary>
    public static string Upper(ReadOnlySpan<char> text) => ChangeCase(text, UpperTable.Value, upper: true);

    /// <summary><see cref="char.ToUpperInvariant"/> from the table of <see cref="Upper"/> (a lone surrogate stays as it is).</summary>
    public static char UpperChar(char c) => UpperTable.Value[c];

    private static string ChangeCase(ReadOnlySpan<char> text, char[] table, bool upper)
    {
        if (text.IsEmpty)
        {
            return "";
        }

        if (text.ContainsAnyInRange('\uD800', '\uDFFF'))
        {
            return upper ? text.ToString().ToUpperInvariant() : text.ToString().ToLowerInvariant(); // pairs map as pairs
        }

        return Mapped(text, table);
    }

    // Each char of the text through a table of all 65,536 (no pair of surrogates in the text).
    private static string Mapped(ReadOnlySpan<char> text, char[] table)
    {
        var buffer = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        MapInto(text, buffer, table);
        return new string(buffer);
    }

    // The one loop of the table-driven case and fold maps: each char of text through table into destination.
    private static void MapInto(ReadOnlySpan<char> text, Span<char> destination, char[] table)
    {
        destination = destination[..text.Length];
        for (var i = 0; i < text.Length; i++)
        {
            destination[i] = table[text[i]];
        }
    }

    private static char[] BuildTable(Func<char, char> map)
    {
        var table = new char[char.MaxValue + 1];
        for (var c = 0; c <= char.MaxValue; c++)
        {
            table[c] = map((char)c);
        }

        return table;
    }

    // Built once from Unicode decomposition rather than typed by hand, so no letter is forgotten.
    private static char[] BuildFoldTable()
    {
        var table = new char[FoldTableEnd];
        for (var c = '\0'; c < FoldTableEnd; c++)
        {
            table[c] = c switch
            {
                'đ' => 'd',
                'Đ' => 'D',
                >= '\u00C0' => DecomposedBase(c) ?? c,
                _ => c,
            };
        }

        return table;
    }

    private static char? DecomposedBase(char c)
    {
        var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
        return decomposed.Length > 1 && decomposed[0] < 0x80 && char.IsLetter(decomposed[0]) &&
               decomposed.Skip(1).All(m => CharUnicodeInfo.GetUnicodeCategory(m) == UnicodeCategory.NonSpacingMark)
            ? decomposed[0]
            : null;
    }
}
