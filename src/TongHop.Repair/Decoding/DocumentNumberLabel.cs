using System.Text.RegularExpressions;

namespace TongHop.Repair.Decoding;

/// <summary>
/// The label of a document's number, "Số", at the start of a header line before the number itself ("Số: 131/BC-UBND", and
/// in the Party's format, without a colon, "Số 45-BC/ĐU"). English OCR reads it `S6`, `So`, `S0`, `$6`; with a colon the
/// language model reads it back (`số :` then a symbol is the law's header), without one the channel's cheaper `ổ` for 6 and
/// the syllable `so` kept as written won (`Sổ 58-BC/ĐU`, `So 45-BC/ĐU`). A line that starts so and goes on with a document
/// number (digits, a hyphen or slash, then capitals) is the label, whatever the letters of its garble.
/// </summary>
internal static class DocumentNumberLabel
{
    // A capital S (or $ for it), one garbled o (o, 0, 6, a marked o or e, d, @, &, §, ¢), an optional colon or point, then
    // the number: digits, - or /, a capital (Đ read as D, P or B).
    private static readonly Regex Garbled = new(
        @"^(?<label>[S$][oO06óòôõéèêd@&§¢])[:.]?[ \t]+\d{1,5}[-/][A-ZĐ]",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.Compiled,
        TimeSpan.FromSeconds(1));

    // The label stands in the header: the first lines (OCR may put a few lines of debris or a merged column before it).
    private const int HeaderLines = 20;

    /// <summary>Writes "Số" for the garbled label of a header line of <paramref name="lines"/>; returns the lines changed.</summary>
    public static List<int> Restore(string[] lines) => LineRewrites.Apply(lines, RewriteLine, HeaderLines);

    private static string RewriteLine(string line)
    {
        var match = Garbled.Match(line);
        if (!match.Success)
        {
            return line;
        }

        var label = match.Groups["label"];
        return (char.IsUpper(label.Value[1]) ? "SỐ" : "Số") + line[(label.Index + label.Length)..];
    }
}
