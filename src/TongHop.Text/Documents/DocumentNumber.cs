using System.Text.RegularExpressions;
using TongHop.Text.Normalization;

namespace TongHop.Text.Documents;

/// <summary>
/// A document's number and symbol (số, ký hiệu) as written, e.g. "02-KH/BCĐTW", with its key: one key for the number in
/// any spelling, so "02-KH/BCĐTW", "02/KH-BCDTW", "02 KH BCĐTW" and "2-kh/bcđtw" all give "2-KH-BCDTW". The parts are the
/// runs of letters, digits and '&amp;' (as in "KH&amp;ĐMST"), folded, upper-cased, leading zeros of numbers dropped; the
/// separators are ignored, because OCR and typists swap them. The search index keys cited documents by it.
/// </summary>
public readonly partial record struct DocumentNumber(string Text)
{
    /// <summary>The key of this number; empty when it has no letters or digits.</summary>
    public string Key => KeyOf(Text);

    /// <summary>Whether both are the same document number, however spelt.</summary>
    public bool SameAs(DocumentNumber other) => Key.Length > 0 && Key == other.Key;

    /// <summary>The key of <paramref name="number"/>; empty when it has no letters or digits.</summary>
    public static string KeyOf(string number)
    {
        ArgumentNullException.ThrowIfNull(number);
        var parts = Part().Matches(VietnameseText.Fold(VietnameseText.Nfc(number)).ToUpperInvariant())
            .Select(m => m.Value.All(char.IsAsciiDigit) ? m.Value.TrimStart('0') is { Length: > 0 } n ? n : "0" : m.Value);
        return string.Join('-', parts);
    }

    /// <summary>
    /// Whether a query is a document number: digits, then one or more symbol parts in capitals separated by
    /// '-', '/' or blanks ("02 KH BCĐTW", "1464/SKHCN-KH&amp;ĐMST"). Lower-case words ("12 trạm") are ordinary text.
    /// </summary>
    public static bool LooksLikeNumber(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return NumberShape().IsMatch(VietnameseText.Nfc(query));
    }

    public override string ToString() => Text;

    [GeneratedRegex(@"[\p{L}\p{Nd}&]+")]
    private static partial Regex Part();

    [GeneratedRegex(@"^\s*\d{1,5}(\s*[-/\s]\s*[\p{Lu}\d&]*\p{Lu}[\p{Lu}\d&]*)+(\s*[-/\s]\s*\d{4})?\s*$", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex NumberShape();
}
