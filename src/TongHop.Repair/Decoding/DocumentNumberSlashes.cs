using System.Text.RegularExpressions;

namespace TongHop.Repair.Decoding;

/// <summary>
/// The slashes of a document's number that the OCR lost, and a year whose 2 it read as 3. A photocopy's thin diagonal
/// strokes vanish (the hard photocopy pairs: 0–2 of 6–26 slashes a file left, every reader alike), so "Luật số
/// 63/2025/QH15" is read "số 63 2025 QH15", "Nghị định số 214/2025/NĐ-CP" "số 2142025 NĐ-CP". No Vietnamese text writes
/// a number, a year and a symbol's code one after the other otherwise, so these are certain:
/// <list type="bullet">
/// <item>a number of up to four digits, a year (1940–2049) and a code in a symbol's shape (two capitals or more, with a
/// hyphen, a digit or a third capital: QH15, NĐ-CP, TT-BQP, QĐ-TTg), apart by a blank or a stray point, colon or comma:
/// "63 2025 QH15" = 63/2025/QH15, "35 2025:NĐ-CP" = 35/2025/NĐ-CP;</item>
/// <item>after "số" (or "Số:"), the number may itself be garbled (up to four capitals and digits: "J2 2023 Q15") and the
/// code too (it starts with a capital or a bracket and its next character is no small letter: "(H1:", "Q1,"), and the
/// number may be run into the year ("số 2142025 NĐ-CP", with a code in a symbol's shape);</item>
/// <item>after "số", a number that kept one of its slashes gets the other: "26/ 2025/NĐ-CP", "203/2025 Q15",
/// "156/2018.NĐ-CP", "150 2025/NĐ-CP", the second read as a 7 before a symbol's code ("203/20257QH15", "213 3025
/// 7NĐ-CP"), a number of two or three figures run into the year before a kept slash and a dated document's code ("số 562022/QH15",
/// not the header's "Số:"), and a number
/// without a year glued to its code ("731QĐ-BCT");</item>
/// <item>a year 3000–3049 inside such a number or after "năm" is 20xx ("năm 3025" = năm 2025): documents name no such
/// year;</item>
/// <item>after such a number's year, the two codes the `Căn cứ` lines cite most, read broken: "Q15" or "Q,H15" is the
/// National Assembly's QH15, "NĐ-C.P", "NĐ-€P" or "NĐ-CPP" the Government's NĐ-CP (no code is written so).</item>
/// </list>
/// A year followed by a word in small letters ("số 12 2025 người"), a number of five digits or more before a year, and
/// every text that has its slashes are left alone.
/// </summary>
internal static partial class DocumentNumberSlashes
{
    private const string Year = "(?<year>19[4-9][0-9]|20[0-4][0-9]|30[0-4][0-9])";

    // A blank, or a stray point, colon or comma with or without blanks around it.
    private const string Gap = "(?: ?[.:,] ?| )";

    // After "số" one of the two slashes may have stood while the other was lost: the first followed by a blank or a tab
    // ("26/\t2025/NĐ-CP"), the second read as a 7 before the code's capital ("203/20257QH15", "213 3025 7NĐ-CP").
    private const string FirstGap = "(?: ?[.:,] ?| |(?<slash>/)[ \t]?)";
    private const string SecondGap = "(?: ?[.:,] ?| |/| ?(?<seven>7)(?=[A-ZĐ]))";

    [GeneratedRegex(@"(?<![\w/.,-])(?<number>[0-9]{1,4})" + Gap + Year + Gap + @"(?=(?<code>[A-ZĐ][A-ZĐa-z0-9]*(?:[-.][A-ZĐa-z0-9]+)*))", RegexOptions.CultureInvariant)]
    private static partial Regex Spaced();

    [GeneratedRegex(@"(?<!\w)(?<lead>[Ss]ố:? )(?<number>[0-9A-ZĐ]{1,4})" + FirstGap + Year + SecondGap + @"(?=(?<code>[A-ZĐ(][^\s]*))", RegexOptions.CultureInvariant)]
    private static partial Regex AfterSo();

    [GeneratedRegex(@"(?<!\w)(?<lead>[Ss]ố:? )(?<number>[0-9]{1,3})" + Year + @" (?=(?<code>[A-ZĐ][A-ZĐa-z0-9]*(?:[-.][A-ZĐa-z0-9]+)*))", RegexOptions.CultureInvariant)]
    private static partial Regex RunTogether();

    // A cited number run into its year before a kept slash ("số 562022/QH15"): in the body only, after "số" in small
    // letters. The header's own "Số:" is often written by hand, and a hand's lost slash comes with figures read wrong
    // ("Số: 1372025/TT-BTC" for 135/2025): left as read, a number the metadata reader leaves null.
    // The number has two or three figures ("số 12025/BTC-QLKT" is a dispatch's five-figure number) and the code is that
    // of a document whose number carries its year (a law, decree, circular, resolution or legal decision).
    [GeneratedRegex(@"(?<!\w)(?<lead>số )(?<number>[0-9]{2,3})" + Year + @"/(?=(?<code>(?:QH[0-9]*|NĐ-|TT-|TTLT-|NQ-|QĐ-)[A-ZĐa-z0-9]*(?:[-.][A-ZĐa-z0-9]+)*))", RegexOptions.CultureInvariant)]
    private static partial Regex RunIntoSlash();

    // A number without a year run into its code after "số": "số 731QĐ-BCT" = 731/QĐ-BCT (two capitals or more, a hyphen
    // and a capital: no word is written so).
    [GeneratedRegex(@"(?<!\w)(?<lead>[Ss]ố:? )(?<number>[0-9]{1,4})(?=[A-ZĐ]{2,}-[A-ZĐ])", RegexOptions.CultureInvariant)]
    private static partial Regex GluedCode();

    [GeneratedRegex(@"(?<!\w)(?<lead>năm )30(?<decade>[0-4][0-9])(?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex FarYear();

    // The code of a number whose slashes stand (or were put back): the National Assembly's QH and its term, read with the H
    // lost or a stray point or comma ("Q15", "Q,H15"); the Government's decree NĐ-CP read with the C and P apart or doubled
    // ("NĐ-C.P", "NĐ-€P", "NĐ-CPP"). A code such as QĐ-UBND, NQ-CP or QH15 is not matched.
    [GeneratedRegex(@"(?<=(?<![\w/])[0-9A-ZĐ]{1,4}/(?:19|20)[0-9]{2}/)(?:Q[.,]?H?(?<term>[0-9]{2})|(?<decree>NĐ-(?:C[.,]P|€P|CPP)))(?![\w€-])", RegexOptions.CultureInvariant)]
    private static partial Regex BrokenCode();

    /// <summary>The line with such numbers' slashes put back; the same instance when nothing changes.</summary>
    public static string Restore(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        if (!line.AsSpan().ContainsAnyInRange('0', '9'))
        {
            return line;
        }

        // A kept first slash with a bracket after the year is a number and a year of something else ("số 3/2025 (Kỳ I)").
        var mended = AfterSo().Replace(line, m => GarbledNumber(m.Groups["number"].Value) && GarbledCode(m.Groups["code"].Value)
            && (!m.Groups["seven"].Success || IsSymbolCode(m.Groups["code"].Value))
            && !(m.Groups["slash"].Success && m.Groups["code"].Value[0] == '(') ? Slashed(m) : m.Value);
        mended = Spaced().Replace(mended, m => IsSymbolCode(m.Groups["code"].Value) ? Slashed(m) : m.Value);
        mended = RunTogether().Replace(mended, m => IsSymbolCode(m.Groups["code"].Value) ? Slashed(m) : m.Value);
        mended = RunIntoSlash().Replace(mended, m => IsSymbolCode(m.Groups["code"].Value) ? Slashed(m) : m.Value);
        mended = GluedCode().Replace(mended, m => m.Value + "/");
        mended = FarYear().Replace(mended, m => m.Groups["lead"].Value + "20" + m.Groups["decade"].Value);
        mended = BrokenCode().Replace(mended, m => m.Groups["term"].Success ? "QH" + m.Groups["term"].Value : "NĐ-CP");
        return string.Equals(mended, line, StringComparison.Ordinal) ? line : mended;
    }

    private static string Slashed(Match m)
    {
        var year = m.Groups["year"].Value;
        return m.Groups["lead"].Value + m.Groups["number"].Value + "/" + (year[0] == '3' ? "2" + year[1..] : year) + "/";
    }

    // QH15, NĐ-CP, TT-BQP, QĐ-TTg, UBND: two capitals or more, and a hyphen, a digit or a third capital.
    private static bool IsSymbolCode(string code)
    {
        int capitals = 0, digits = 0;
        foreach (var c in code)
        {
            capitals += char.IsUpper(c) ? 1 : 0;
            digits += char.IsAsciiDigit(c) ? 1 : 0;
        }

        return capitals >= 2 && (code.Contains('-', StringComparison.Ordinal) || digits > 0 || capitals >= 3);
    }

    // After "số" a garbled number will do ("J2", "TRĐ"), but four capitals without a digit are a word of their own.
    private static bool GarbledNumber(string number) => number.Length <= 3 || number.AsSpan().ContainsAnyInRange('0', '9');

    // After "số" a garbled code will do ("Q15", "(H1:"), but not a word: its second character is no small letter.
    private static bool GarbledCode(string code) => code.Length >= 2 && !char.IsLower(code[1]);
}
