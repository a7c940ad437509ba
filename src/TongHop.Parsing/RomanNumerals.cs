namespace TongHop.Parsing;

/// <summary>
/// Reads Roman section numbers as an English OCR prints them. The OCR reads I as l, 1, | or L and II as H:
/// "Il." and "I1." are II, "I11.", "1IL" and "HI." are III (samples 001–003).
/// </summary>
public static class RomanNumerals
{
    private static readonly string[] Canonical =
        ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII", "XVIII", "XIX", "XX"];

    /// <summary>Reads a token such as "IV" or "I11"; <paramref name="certain"/> is false when OCR look-alikes were mapped.</summary>
    public static bool TryRead(ReadOnlySpan<char> token, out int value, out bool certain)
    {
        value = 0;
        certain = true;
        if (token.IsEmpty || token.Length > 6 || !HasRomanLetter(token))
        {
            return false;
        }

        Span<char> letters = stackalloc char[token.Length * 2];
        var count = 0;
        foreach (var c in token)
        {
            switch (c)
            {
                case 'I' or 'V' or 'X':
                    letters[count++] = c;
                    break;
                case 'l' or '1' or '|' or 'L':
                    letters[count++] = 'I';
                    certain = false;
                    break;
                case 'H':
                    letters[count++] = 'I';
                    letters[count++] = 'I';
                    certain = false;
                    break;
                default:
                    return false;
            }
        }

        value = Evaluate(letters[..count]);
        return value is > 0 and < 21 && Canonical[value].AsSpan().SequenceEqual(letters[..count]);
    }

    /// <summary>The canonical numeral of 1..20 ("III").</summary>
    public static string ToRoman(int value) => value is > 0 and < 21 ? Canonical[value] : value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    // A token needs a real Roman letter: "11" is Arabic eleven, "I1" is OCR'd II.
    private static bool HasRomanLetter(ReadOnlySpan<char> token) => token.IndexOfAny("IVXH") >= 0;

    private static int Evaluate(ReadOnlySpan<char> letters)
    {
        var total = 0;
        for (var i = 0; i < letters.Length; i++)
        {
            var v = Digit(letters[i]);
            total += i + 1 < letters.Length && Digit(letters[i + 1]) > v ? -v : v;
        }

        return total;
    }

    private static int Digit(char c) => c switch
    {
        'I' => 1,
        'V' => 5,
        _ => 10,
    };
}
