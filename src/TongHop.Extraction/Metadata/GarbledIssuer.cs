using TongHop.Core;
using TongHop.Parsing;
using TongHop.Text.Syllables;

namespace TongHop.Extraction.Metadata;

/// <summary>
/// Tells an issuer's name that OCR garbled beyond repair by a word in it that is no word: a lower-case word that is no
/// Vietnamese syllable by the Text project's phonotactic rules (<see cref="VietnameseSyllable.IsValid(string)"/>): a lone
/// consonant ("Trường Trung học phổ thông Bạch f", the tail of a header line run into the seal or the column beside
/// it), a word without a vowel ("tnh"), a letter Vietnamese does not write (f, j, w, z), a spelling no syllable has,
/// a bracket between two letters ("B(q": a capital's marks read as a bracket).
/// Capitals are left alone: acronyms ("THPT", "KH&amp;CN") and a unit's letter ("Bệnh viện C") are words. A wrong
/// issuer is worse than none: such a name is left unread, with a finding.
/// </summary>
public static class GarbledIssuer
{
    /// <summary>The first word of <paramref name="issuer"/> that is no word, or <c>null</c> when every word is one.</summary>
    public static string? Garbled(string issuer)
    {
        foreach (var letters in MetadataWords.Split(issuer))
        {
            if (BracketInside(letters))
            {
                return letters; // "B(q chỉ huy …": a mark read as a bracket inside a word ("BỘ" as "B(Q")
            }

            if (!letters.All(char.IsLetter) || !letters.Any(char.IsLower) || (char.IsUpper(letters[0]) && letters.Length > 1))
            {
                continue; // numbers, acronyms, capitalised names
            }

            if (!VietnameseSyllable.IsValid(letters))
            {
                return letters;
            }
        }

        return null;
    }

    // A bracket or bar between two letters of one word: no name writes one there.
    private static bool BracketInside(string word)
    {
        for (var i = 1; i < word.Length - 1; i++)
        {
            if (word[i] is '(' or ')' or '|' or '[' or ']' && char.IsLetter(word[i - 1]) && char.IsLetter(word[i + 1]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The header line that holds <paramref name="word"/> (the first lines of the document), for the finding's span.</summary>
    public static TextSpan Where(ParsedDocument document, string word)
    {
        var i = HeaderLines.IndexOfLine(document, line => line.Contains(" " + word, StringComparison.Ordinal));
        if (i < 0)
        {
            return document.Lines.Count > 0 ? document.Lines[0] : new TextSpan(0, 0);
        }

        var start = document.Lines[i].Start;
        return new TextSpan(start, start + document.LineText(i).TrimEnd().Length);
    }
}
