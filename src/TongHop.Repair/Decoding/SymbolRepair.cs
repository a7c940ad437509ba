using System.Collections.Frozen;
using System.Text;

namespace TongHop.Repair.Decoding;

/// <summary>
/// Restores Đ inside document symbols and abbreviations, which English OCR reads as D, P, B or b
/// (real samples: "QD-UBND" = QĐ-UBND, "BCDTW" = BCĐTW, "KH&amp;PMST" = KH&amp;ĐMST, "327/Qb-" = 327/QĐ-).
/// A part changes only when the result is a known abbreviation, so UBND, PB or DN stay as written.
/// </summary>
public static class SymbolRepair
{
    // Abbreviations of Vietnamese administrative names that contain Đ (Quyết định, Ban Chỉ đạo, Đổi mới sáng tạo…).
    private static readonly FrozenSet<string> Known = new[]
    {
        "QĐ", "NĐ", "BCĐ", "BCĐTW", "ĐMST", "HĐND", "ĐU", "ĐTN", "CĐS", "TTĐT", "KHĐT", "TĐKT", "HĐ", "BĐS", "VPĐU",
        "ĐCS", "TBĐ", "BTGDVĐU", "UBKTĐU", "ĐĐBQH", "HĐQT", "HĐTV", "LĐLĐ", "LĐTBXH",
        "ĐVHC", "ĐKKD", "GCNĐKKD", "QĐTTG", "KH&ĐMST", "ĐBQH", "BCĐ06", "ĐBSCL",
    }.ToFrozenSet(StringComparer.Ordinal);

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

    // I1 = II, I11 = III, Il = II, 1IL = III: English OCR reads a serif I as 1, l or L.
    private static bool IsOcrRomanNumeral(string part) =>
        part.Length >= 2 && part.AsSpan().ContainsAny("IVX") && part.AsSpan().ContainsAny("1l")
        && !part.AsSpan().ContainsAnyExcept("IVX1lL") && (part[0] is 'I' or 'V' or 'X' || part[^1] is 'I' or 'L');

    // Names written with a capital I that English OCR reads as l ("VNelD", "VNelID" = VNeID: the citizen identity app).
    private static readonly FrozenSet<string> KnownWithCapitalI = new[] { "VNeID" }.ToFrozenSet(StringComparer.Ordinal);

    private static string RestorePart(string part)
    {
        if (part.Length is 0 or > 12 || Known.Contains(part))
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

        if (IsOcrRomanNumeral(part))
        {
            return part.Replace('1', 'I').Replace('l', 'I').Replace('L', 'I');
        }

        // "0P" is QĐ with both letters misread (real sample: 327/0P-UBND).
        if (part.Length == 2 && part[0] is '0' or 'O' && part[1] is 'P' or 'D' or 'B')
        {
            return "QĐ";
        }

        // Try every way of reading the suspicious letters as Đ; parts are short, so this stays tiny.
        var positions = new List<int>();
        for (var i = 0; i < part.Length; i++)
        {
            if (part[i] is 'D' or 'P' or 'B' or 'b' or 'd')
            {
                positions.Add(i);
            }
        }

        if (positions.Count is 0 or > 4 || part.Any(char.IsDigit) || part.Count(char.IsLower) > 1)
        {
            return part;
        }

        var chars = part.ToUpperInvariant().ToCharArray();
        for (var mask = 1; mask < 1 << positions.Count; mask++)
        {
            var variant = (char[])chars.Clone();
            for (var p = 0; p < positions.Count; p++)
            {
                if ((mask & (1 << p)) != 0)
                {
                    variant[positions[p]] = 'Đ';
                }
            }

            var text = new string(variant);
            if (Known.Contains(text))
            {
                return text;
            }
        }

        return part;
    }
}
