using TongHop.Repair.Tokenization;

namespace TongHop.Repair.Decoding;

/// <summary>
/// The decimal comma of a percentage that English OCR read as a point ("8.2%" for 8,2%, "99.,6%" for 99,6%). Vietnamese
/// writes a point only between groups of three digits, so a point followed by one or two digits and a percent sign
/// can only be the comma. Other numbers are kept: "4.0" (công nghiệp 4.0) and "1.2." (a section) are written so.
/// </summary>
internal static class DecimalComma
{
    /// <summary>The number token's core with its comma restored, or null when it stays as written.</summary>
    public static string? Restore(string line, RepairToken token)
    {
        var core = token.Core(line);
        var end = token.CoreStart + token.CoreLength;
        if (end >= line.Length || line[end] != '%')
        {
            return null;
        }

        var point = core.IndexOf('.');
        if (point < 1 || point > 3 || !IsDigits(core[..point]))
        {
            return null;
        }

        var fraction = core[(point + 1)..];
        if (fraction.Length > 0 && fraction[0] == ',')
        {
            fraction = fraction[1..];
        }

        return fraction.Length is 1 or 2 && IsDigits(fraction) ? string.Concat(core[..point], ",", fraction) : null;
    }

    private static bool IsDigits(ReadOnlySpan<char> span)
    {
        foreach (var c in span)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return span.Length > 0;
    }
}
