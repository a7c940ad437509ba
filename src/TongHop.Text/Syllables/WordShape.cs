using System.Collections.Frozen;

namespace TongHop.Text.Syllables;

/// <summary>
/// Tells words apart from the other tokens of a report (numbers, document symbols, abbreviations,
/// camel-case names) so that quality and repair look only at what should be a Vietnamese syllable.
/// </summary>
public static class WordShape
{
    /// <summary>Trims leading and trailing punctuation and symbols: "(của," → "của".</summary>
    public static ReadOnlySpan<char> Core(ReadOnlySpan<char> token)
    {
        var start = 0;
        var end = token.Length;
        while (start < end && !char.IsLetterOrDigit(token[start]))
        {
            start++;
        }

        while (end > start && !char.IsLetterOrDigit(token[end - 1]))
        {
            end--;
        }

        return token[start..end];
    }

    /// <summary>
    /// Whether <paramref name="core"/> is an abbreviation rather than a word: two or more capitals with no
    /// vowel (UBND's sisters TTHC, HĐND, VT), mixed case such as VNeID or iOffice, or a listed acronym.
    /// </summary>
    public static bool IsAbbreviation(ReadOnlySpan<char> core)
    {
        var upper = 0;
        var lowerBeforeUpper = false;
        var seenLower = false;
        foreach (var c in core)
        {
            if (char.IsUpper(c))
            {
                upper++;
                lowerBeforeUpper |= seenLower;
            }
            else if (char.IsLower(c))
            {
                seenLower = true;
            }
        }

        // VNeID, iOffice, eGov: camel case marks a name, but a short "sO" or "tAm" is OCR noise in a word.
        if (lowerBeforeUpper && (upper >= 2 || core.Length >= 5))
        {
            return true;
        }

        if (upper < 2 || seenLower)
        {
            return false;
        }

        return !HasVowel(core) || KnownAcronyms.Contains(core);
    }

    private static bool HasVowel(ReadOnlySpan<char> core)
    {
        foreach (var c in core)
        {
            if (IsVowel(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether every char of <paramref name="core"/> is a letter (a candidate Vietnamese syllable).</summary>
    public static bool IsLetters(ReadOnlySpan<char> core)
    {
        if (core.IsEmpty)
        {
            return false;
        }

        foreach (var c in core)
        {
            if (!char.IsLetter(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsVowel(char c) => Vowels.Contains(Normalization.VietnameseText.FoldChar(c));

    private static readonly System.Buffers.SearchValues<char> Vowels = System.Buffers.SearchValues.Create("aeiouyAEIOUY");

    // All-caps acronyms with a vowel, common in reports; vowel-less ones (TTHC, HĐND) need no listing.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> KnownAcronyms = new[]
    {
        "UBND", "OCOP", "ICT", "IOC", "IT", "SIM", "PKI", "KPI", "IP", "USB", "GIS", "BHYT", "BHXH", "MTTQ",
        "CNTT", "VNPT", "LGSP", "NGSP", "QCVN", "TCVN", "ISO", "API", "PDF", "SMS", "OTP", "ATTT", "CSDL", "CAND",
        "ĐU", "BCĐ", "BTV", "TTU", "HTX", "GTVT", "KHĐT", "NQ", "UBMTTQ", "KHCN",
        "ĐMST", "CĐS", "VNEID", "IOFFICE", "EMC", "WAN", "WIFI", "IOT", "ODA", "GDP", "GRDP", "SIPAS",
        "PCI", "DDCI", "PAPI", "VHXH", "VPĐU", "ĐTN", "HLHPN", "HCCB", "HND", "CCB", "LĐLĐ", "QS", "BCH",
    }.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
}
