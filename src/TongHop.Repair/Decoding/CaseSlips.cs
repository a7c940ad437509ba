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

    private static bool IsSlip(ReadOnlySpan<char> word)
    {
        if (word.Length < 2 || !char.IsLower(word[0]))
        {
            return false;
        }

        var marked = false;
        foreach (var c in word[1..])
        {
            if (!char.IsUpper(c))
            {
                return false;
            }

            marked |= c > '\u007f';
        }

        if (!marked)
        {
            return false;
        }

        Span<char> lower = stackalloc char[word.Length];
        word.ToLowerInvariant(lower);
        return VietnameseSyllable.IsValid(lower);
    }
}
