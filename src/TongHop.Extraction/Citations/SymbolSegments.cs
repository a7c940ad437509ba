using TongHop.Text.Ocr;

namespace TongHop.Extraction.Citations;

/// <summary>
/// Restores the parts of a number symbol that an English OCR garbles: Đ is read as D, P, B or 0
/// ("327/0P-UBND" → "327/QĐ-UBND", "KH&PMST" → "KH&ĐMST", "BCDTW" → "BCĐTW", sample 001–003), from the list in
/// <see cref="DStrokeAbbreviations"/>. Only a part that reads as a listed abbreviation changes; another is kept as written.
/// </summary>
public static class SymbolSegments
{
    /// <summary>Codes a party document uses between "-" and "/" ("57-NQ/TW"), where the OCR may read "/" as I ("359-KHITU").</summary>
    private static readonly string[] PartyCodes = ["NQ", "KH", "CT", "QĐ", "QD", "CV", "TB", "BC", "HD", "KL", "QC"];

    private static readonly string[] PartyIssuers = ["TU", "TW", "ĐU", "DU", "BCĐTW", "BCDTW", "HU", "QU", "TƯ"];

    /// <summary>Normalises one part between separators; a part joined by "&amp;" is normalised piece by piece.</summary>
    public static string Normalize(string part)
    {
        if (part.Contains('&'))
        {
            return string.Join('&', part.Split('&').Select(NormalizeOne));
        }

        return NormalizeOne(part);
    }

    /// <summary>Splits "KHITU" into "KH" and "TU" (the OCR read the slash as I, l or |); false when it is not such a part.</summary>
    public static bool TrySplitLostSlash(string part, out string code, out string issuer)
    {
        foreach (var c in PartyCodes)
        {
            if (part.Length > c.Length + 1 && part.StartsWith(c, StringComparison.OrdinalIgnoreCase) && part[c.Length] is 'I' or 'l' or '|' or '1')
            {
                var rest = part[(c.Length + 1)..];
                if (PartyIssuers.Contains(rest, StringComparer.OrdinalIgnoreCase))
                {
                    code = NormalizeOne(c);
                    issuer = NormalizeOne(rest);
                    return true;
                }
            }
        }

        code = issuer = "";
        return false;
    }

    /// <summary>Whether a bare upper-case word can continue a symbol after a lost hyphen ("761/QĐ UBND").</summary>
    public static bool IsIssuerCode(string word) => word is "UBND" or "HĐND" or "HDND" or "CP" or "TTg" or "BCĐ" or "BCD" or "TU" or "TW";

    // "TTEg": Tesseract put a stray capital inside the Prime Minister's code; "g" in lower case ends no other code.
    private static string NormalizeOne(string part) =>
        part.Length == 4 && part.StartsWith("TT", StringComparison.Ordinal) && char.IsUpper(part[2]) && part[3] == 'g'
            ? "TTg"
            : Legislature(part) ?? DStrokeAbbreviations.Restore(part) ?? part;

    // "QHI5", "UBTVQHl4": the National Assembly's part ends in QH and the legislature's number (QH11…QH15); English
    // OCR reads the 1 of the number as I or l. Only that part: elsewhere an I before a digit may be a letter.
    private static string? Legislature(string part) =>
        part.Length >= 4 && part.AsSpan(part.Length - 4, 2).SequenceEqual("QH") && part[^2] is 'I' or 'l' && char.IsAsciiDigit(part[^1])
            ? part[..^2] + "1" + part[^1]
            : null;
}
