namespace TongHop.Text.Numbers;

/// <summary>
/// Roman numerals, with which Vietnamese documents number their top-level sections ("II.", "IV. NHIỆM VỤ"), quarters
/// ("quý III") and appendices ("Phụ lục II"): writing (<see cref="ToRoman"/>), reading (<see cref="TryParse"/>), and
/// reading a section number as an English OCR prints it (<see cref="TryReadOcr"/>). The one home of these rules:
/// the parser's headings, repair's restoration of numerals the OCR garbled (<c>Repair/Decoding/RomanNumeralRestorer</c>,
/// <c>SymbolRepair</c>) and the drafting all use it.
/// </summary>
public static class RomanNumerals
{
    /// <summary>The largest value written in Roman numerals (MMMCMXCIX).</summary>
    public const int MaxValue = 3999;

    /// <summary>The largest section number <see cref="TryReadOcr"/> accepts: reports have a handful of parts.</summary>
    public const int MaxOcrValue = 20;

    private const int MaxOcrLength = 6;

    private static readonly (int Value, string Numeral)[] Steps =
        [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")];

    /// <summary>The canonical numeral of 1..<see cref="MaxValue"/> ("III", "XIV"); another value in Arabic digits.</summary>
    public static string ToRoman(int value)
    {
        if (value is <= 0 or > MaxValue)
        {
            return value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var builder = new System.Text.StringBuilder();
        foreach (var (step, numeral) in Steps)
        {
            while (value >= step)
            {
                builder.Append(numeral);
                value -= step;
            }
        }

        return builder.ToString();
    }

    /// <summary>Reads a canonical upper-case numeral ("IV", "XII"; not "IIII" or "VX"); false for anything else.</summary>
    public static bool TryParse(ReadOnlySpan<char> numeral, out int value)
    {
        value = 0;
        if (numeral.IsEmpty || numeral.Length > 15)
        {
            return false;
        }

        var total = 0;
        for (var i = 0; i < numeral.Length; i++)
        {
            var digit = Digit(numeral[i]);
            if (digit == 0)
            {
                return false;
            }

            total += i + 1 < numeral.Length && Digit(numeral[i + 1]) > digit ? -digit : digit;
        }

        if (total is <= 0 or > MaxValue || !numeral.SequenceEqual(ToRoman(total)))
        {
            return false;
        }

        value = total;
        return true;
    }

    /// <summary>
    /// Reads a section number such as "IV" or "I11" (1..<see cref="MaxOcrValue"/>) as an English OCR prints it: I read as
    /// l, 1, | or L and II as H ("Il" and "I1" are II, "I11", "1IL" and "HI" III). A token needs a real Roman letter:
    /// "11" is Arabic eleven. <paramref name="certain"/> is false when look-alikes were read.
    /// </summary>
    public static bool TryReadOcr(ReadOnlySpan<char> token, out int value, out bool certain)
    {
        value = 0;
        certain = true;
        if (token.IsEmpty || token.Length > MaxOcrLength || token.IndexOfAny("IVXH") < 0)
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

        if (TryParse(letters[..count], out value) && value <= MaxOcrValue)
        {
            return true;
        }

        value = 0;
        return false;
    }

    private static int Digit(char c) => c switch
    {
        'I' => 1,
        'V' => 5,
        'X' => 10,
        'L' => 50,
        'C' => 100,
        'D' => 500,
        'M' => 1000,
        _ => 0,
    };
}
