using TongHop.Repair.Tokenization;
using TongHop.Text.Normalization;
using TongHop.Text.Numbers;

namespace TongHop.Repair.Decoding;

/// <summary>
/// Roman numerals that English OCR read as runs of the digit 1, where administrative Vietnamese only writes
/// Roman ones: the quarter after "quý" ("quý 111" is quý III, "quý 11" quý II; a lone 1 may be Arabic and is
/// kept) and the top-level section number before an all-caps heading ("1. CÔNG TÁC LÃNH ĐẠO" is I.; an Arabic
/// "1. Ban hành văn bản" heading is in sentence case and is kept). The numeral is written by
/// <see cref="RomanNumerals"/>; <see cref="SymbolRepair"/> restores numerals whose I the OCR read as 1 or l inside
/// a letter run ("I11").
/// </summary>
internal static class RomanNumeralRestorer
{
    /// <summary>The Roman numeral that number token <paramref name="t"/> of the line stands for, or null.</summary>
    public static string? Restore(string line, IReadOnlyList<RepairToken> tokens, int t)
    {
        var token = tokens[t];
        var core = token.Core(line);
        if (core.Length is 0 or > 3 || core.ContainsAnyExcept('1'))
        {
            return null;
        }

        var previous = t > 0 ? tokens[t - 1].Core(line) : default;
        if (core.Length >= 2 && previous.Length == 3 && VietnameseText.FoldLower(previous.ToString()) == "quy")
        {
            return RomanNumerals.ToRoman(core.Length);
        }

        var coreEnd = token.CoreStart + token.CoreLength;
        var sectionNumber = IsFirstWord(tokens, t) && coreEnd < line.Length && line[coreEnd] == '.'
            && t + 1 < tokens.Count && CasePattern.IsCapitalWord(tokens[t + 1].Core(line));
        return sectionNumber ? RomanNumerals.ToRoman(core.Length) : null;
    }

    private static bool IsFirstWord(IReadOnlyList<RepairToken> tokens, int t)
    {
        for (var i = 0; i < t; i++)
        {
            if (tokens[i].Kind != TokenKind.Punctuation)
            {
                return false;
            }
        }

        return true;
    }

}
