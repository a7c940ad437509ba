using System.Text;
using TongHop.Text.Syllables;

namespace TongHop.Repair.Decoding;

/// <summary>
/// A lower-case word whose vowels Tesseract read as capitals because their marks made them tall ("sỐ", "tẾ", "gIỚI"): a
/// word that starts with a small letter and continues in capitals, one of them marked, and is a Vietnamese syllable in
/// small letters, is that syllable. Mixed-case names ("iOffice", "eKYC") have no Vietnamese mark and stay.
/// </summary>
internal static class CaseSlips
{
    /// <summary>The line with such words in small letters; the same instance when nothing changes.</summary>
    public static string Restore(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        StringBuilder? builder = null;
        var i = 0;
        while (i < line.Length)
        {
            if (!char.IsLetter(line[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < line.Length && char.IsLetter(line[i]))
            {
                i++;
            }

            var word = line.AsSpan(start, i - start);
            if (IsSlip(word))
            {
                builder ??= new StringBuilder(line);
                for (var k = start; k < i; k++)
                {
                    builder[k] = char.ToLowerInvariant(line[k]);
                }
            }
        }

        return builder is null ? line : builder.ToString();
    }

    private static bool IsSlip(ReadOnlySpan<char> word) =>
        word.Length >= 2 && char.IsLower(word[0]) && MarkedCapitals(word[1..]) && IsSyllable(word);

    // Capitals only, one of them at least a Vietnamese letter or marked vowel.
    private static bool MarkedCapitals(ReadOnlySpan<char> letters)
    {
        var marked = false;
        foreach (var c in letters)
        {
            if (!char.IsUpper(c))
            {
                return false;
            }

            marked |= c > '\u007f';
        }

        return marked;
    }

    private static bool IsSyllable(ReadOnlySpan<char> word)
    {
        Span<char> lower = stackalloc char[word.Length];
        word.ToLowerInvariant(lower);
        return VietnameseSyllable.IsValid(lower);
    }

    /// <summary>
    /// Words of a noisy text that Tesseract read all in capitals amid small letters ("và XÂY dựng nông thôn MỚI.", "không áp
    /// dụng đối với VIỆC:"): a word in capitals with a Vietnamese letter or mark, a syllable in small letters, after a
    /// word in small letters that ends no sentence and before one (or at the line's end, where the next line goes on in
    /// small letters or the word ends a clause) is that syllable. Abbreviations have no Vietnamese vowel mark or are no
    /// syllable (UBND, HĐND, OCOP, ÔTC) and stay; a quoted word stays. Returns the lines changed.
    /// </summary>
    public static List<int> RestoreCapitalWords(string[] lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var changed = new List<int>();
        for (var i = 0; i < lines.Length; i++)
        {
            var words = lines[i].Split(' ');
            var any = false;
            for (var w = 1; w < words.Length; w++)
            {
                var core = words[w].AsSpan().TrimEnd(ClauseEnd);
                if (!IsCapitalSyllable(core) || !IsSmallWord(words[w - 1], inSentence: true))
                {
                    continue;
                }

                var next = w + 1 < words.Length ? words[w + 1]
                    : core.Length < words[w].Length ? "," // the word ends a clause
                    : i + 1 < lines.Length ? lines[i + 1].TrimStart().Split(' ')[0] : string.Empty;
                if (next != "," && !IsSmallWord(next, inSentence: false))
                {
                    continue;
                }

                words[w] = core.ToString().ToLowerInvariant() + words[w][core.Length..];
                any = true;
            }

            if (any)
            {
                lines[i] = string.Join(' ', words);
                changed.Add(i);
            }
        }

        return changed;
    }

    /// <summary>
    /// Words of a noisy text that Tesseract read capitalised inside a sentence ("trong phạm Vi quản lý", "thiết Bị y tế",
    /// "nhà Nước trực tiếp"): a word of a capital and small letters, a syllable, after a word in small letters that ends no
    /// sentence and before one, is put in small letters when the legal corpus writes it so nearly always there
    /// (<paramref name="capitalShare"/> under 0.1 %: vị, bị, nước, số; not Sở, Luật, Chính, Quy, Tự of "Độc lập - Tự do")
    /// and the word before is seldom capitalised itself (under a quarter: after a `luật` read in small letters a law's
    /// name may begin, "Luật Đấu thầu"). <paramref name="capitalShare"/> gives a syllable's share, or a negative number
    /// for one the corpus did not count. A quoted word stays. Returns the lines changed.
    /// </summary>
    public static List<int> RestoreTitleWords(string[] lines, Func<string, float> capitalShare)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(capitalShare);
        var changed = new List<int>();
        for (var i = 0; i < lines.Length; i++)
        {
            var words = lines[i].Split(' ');
            var any = false;
            for (var w = 1; w + 1 < words.Length; w++)
            {
                var word = words[w];
                if (!IsTitleSyllable(word) || !IsSmallWord(words[w - 1], inSentence: true) || !IsSmallWord(words[w + 1], inSentence: false))
                {
                    continue;
                }

                var lower = word.ToLowerInvariant();
                var before = capitalShare(words[w - 1].AsSpan().TrimEnd(ClauseEnd).ToString());
                var share = capitalShare(lower);
                if (share < 0 || share >= SeldomCapitalised || before < 0 || before >= OftenCapitalised)
                {
                    continue;
                }

                words[w] = lower;
                any = true;
            }

            if (any)
            {
                lines[i] = string.Join(' ', words);
                changed.Add(i);
            }
        }

        return changed;
    }

    // A word the corpus writes capitalised in under one use in a thousand after a small word is a common word there.
    private const float SeldomCapitalised = 0.001f;

    // A word capitalised in a quarter of such uses (luật 27 %, bộ, chính) may open a name, whose next word is capitalised too.
    private const float OftenCapitalised = 0.25f;

    // A capital, then small letters only, making a Vietnamese syllable ("Bị", "Nước"; not "Bị,", "UBND", "Tp").
    private static bool IsTitleSyllable(string word)
    {
        if (word.Length < 2 || !char.IsUpper(word[0]))
        {
            return false;
        }

        foreach (var c in word.AsSpan(1))
        {
            if (!char.IsLower(c))
            {
                return false;
            }
        }

        return IsSyllable(word);
    }

    private const string ClauseEnd = ".,;:";

    private static bool IsCapitalSyllable(ReadOnlySpan<char> word) => word.Length >= 2 && MarkedCapitals(word) && IsSyllable(word);

    // A word in small letters only; inside a sentence also one that ends none (a clause's comma may end it).
    private static bool IsSmallWord(string token, bool inSentence)
    {
        var word = token.AsSpan().TrimEnd(ClauseEnd);
        if (word.IsEmpty || (inSentence && token.Length > word.Length && token[^1] is '.' or ':' or ';'))
        {
            return false;
        }

        foreach (var c in word)
        {
            if (!char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }
}
