using System.Collections.Frozen;
using System.Text;
using TongHop.Text.Numbers;
using TongHop.Text.Ocr;

namespace TongHop.Repair.Decoding;

/// <summary>
/// Restores Đ inside document symbols and abbreviations, which English OCR reads as D, P, B or b
/// (real samples: "QD-UBND" = QĐ-UBND, "BCDTW" = BCĐTW, "KH&amp;PMST" = KH&amp;ĐMST, "327/Qb-" = 327/QĐ-), from the
/// list in <see cref="DStrokeAbbreviations"/>; and Roman numerals whose I the OCR read as 1 or l ("I11" = III), read by
/// <see cref="RomanNumerals.TryReadOcr"/>.
/// A part changes only when the result is a known abbreviation, so UBND, PB or DN stay as written.
/// </summary>
public static class SymbolRepair
{
    /// <summary>The symbol with Đ restored in the parts where it belongs.</summary>
    public static string Restore(string symbol)
    {
        ArgumentNullException.ThrowIfNull(symbol);
        if (!symbol.AsSpan().ContainsAny("DPBbd01l"))
        {
            return symbol;
        }

        var builder = new StringBuilder(symbol.Length);
        var start = 0;
        for (var i = 0; i <= symbol.Length; i++)
        {
            if (i == symbol.Length || symbol[i] is '-' or '/' or '&' or '.' or ' ' or '_' or ':')
            {
                builder.Append(RestorePart(symbol[start..i]));
                if (i < symbol.Length)
                {
                    builder.Append(symbol[i]);
                }

                start = i + 1;
            }
        }

        return builder.ToString();
    }

    // I1 = II, I11 = III, Il = II, 1IL = III: English OCR reads a serif I as 1, l or L. Only a run with a misread I and
    // a Roman letter at its start (or an I-like end) is taken for a numeral; plain "II" or "XV" need no repair.
    private static bool IsOcrRomanNumeral(string part) =>
        part.Length >= 2 && part.AsSpan().ContainsAny("IVX") && part.AsSpan().ContainsAny("1l")
        && !part.AsSpan().ContainsAnyExcept("IVX1lL") && (part[0] is 'I' or 'V' or 'X' || part[^1] is 'I' or 'L');

    // Names written with a capital I that English OCR reads as l ("VNelD", "VNelID" = VNeID: the citizen identity app).
    private static readonly FrozenSet<string> KnownWithCapitalI = new[] { "VNeID" }.ToFrozenSet(StringComparer.Ordinal);

    private static string RestorePart(string part)
    {
        if (part.Length is 0 or > 12)
        {
            return part;
        }

        if (part.Contains('l', StringComparison.Ordinal))
        {
            foreach (var reading in (string[])[part.Replace('l', 'I'), part.Replace("lI", "I", StringComparison.Ordinal)])
            {
                if (KnownWithCapitalI.Contains(reading))
                {
                    return reading;
                }
            }
        }

        if (IsOcrRomanNumeral(part) && RomanNumerals.TryReadOcr(part, out var value, out _))
        {
            return RomanNumerals.ToRoman(value);
        }

        return DStrokeAbbreviations.Restore(part) ?? part;
    }
}
