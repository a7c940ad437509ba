using System.Globalization;
using System.Text;

namespace TongHop.Text.Syllables;

/// <summary>
/// The tone split of <see cref="VietnameseSyllable"/> one precomposed letter at a time, from a table built once
/// by running the canonical-decomposition split on each Latin letter. Letters of the Latin blocks decompose to a
/// base letter plus marks and recompose within themselves, so splitting a word letter by letter gives exactly
/// what decomposing the whole word gives; any other char (a lone combining mark, another script) is reported as
/// <see cref="Status.Unknown"/> and the caller takes the decomposition path.
/// </summary>
internal static class ToneLetters
{
    public enum Status
    {
        /// <summary>Split; at most one tone mark.</summary>
        Ok,

        /// <summary>A char that is neither a letter nor a vowel-quality mark: never a syllable.</summary>
        NotLetter,

        /// <summary>Two tone marks: never a syllable, but the bare letters are written out.</summary>
        TwoMarks,

        /// <summary>A char outside the table: split by decomposition instead.</summary>
        Unknown,

        /// <summary>A letter that no Vietnamese syllable is spelled with (f, j, w, z, other Latin letters).</summary>
        Foreign,
    }

    private const char LatinEnd = '\u0250';
    private const char ExtendedStart = '\u1E00';
    private const char ExtendedEnd = '\u1F00';

    // Per char: bare letter (0 = unknown, 0xFFFF = not a letter), tone, number of tone marks and BareKey code.
    private static readonly Entry[] Latin = Build('\0', LatinEnd);
    private static readonly Entry[] Extended = Build(ExtendedStart, ExtendedEnd);

    /// <summary>Writes the lower-case letters of <paramref name="token"/> without tone marks into <paramref name="bare"/> (at least as long).</summary>
    public static Status Split(ReadOnlySpan<char> token, Span<char> bare, out VietnameseTone tone)
    {
        tone = VietnameseTone.Level;
        var marks = 0;
        for (var i = 0; i < token.Length; i++)
        {
            var entry = Lookup(token[i]);
            if (entry.Bare == '\0')
            {
                return Status.Unknown;
            }

            if (entry.Bare == NotLetter)
            {
                return Status.NotLetter;
            }

            if (entry.Marks > 0)
            {
                tone = entry.Tone;
                marks += entry.Marks;
            }

            bare[i] = entry.Bare;
        }

        return marks <= 1 ? Status.Ok : Status.TwoMarks;
    }

    /// <summary>
    /// Like <see cref="Split"/>, but packs the bare letters into a <see cref="BareKey"/> (for a token of at most
    /// <see cref="BareKey.MaxLength"/> chars) and stops at the first letter outside its alphabet.
    /// </summary>
    public static Status SplitToKey(ReadOnlySpan<char> token, out ulong key, out VietnameseTone tone)
    {
        key = 0;
        tone = VietnameseTone.Level;
        var marks = 0;
        foreach (var c in token)
        {
            var entry = Lookup(c);
            if (entry.Code == 0)
            {
                return entry.Bare switch { '\0' => Status.Unknown, NotLetter => Status.NotLetter, _ => Status.Foreign };
            }

            if (entry.Marks > 0)
            {
                tone = entry.Tone;
                marks += entry.Marks;
            }

            key = BareKey.Append(key, entry.Code);
        }

        return marks <= 1 ? Status.Ok : Status.TwoMarks;
    }

    private const char NotLetter = '\uFFFF';

    private static Entry Lookup(char c) =>
        c < LatinEnd ? Latin[c]
        : c is >= ExtendedStart and < ExtendedEnd ? Extended[c - ExtendedStart]
        : default;

    private static Entry[] Build(char from, char to)
    {
        var table = new Entry[to - from];
        for (var c = from; c < to; c++)
        {
            table[c - from] = EntryOf(c);
        }

        return table;
    }

    private static Entry EntryOf(char c)
    {
        var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
        if (!char.IsLetter(decomposed[0]))
        {
            // A lone mark or a non-letter: only the decomposition path knows how it joins its neighbours.
            return IsMark(c) ? default : new Entry(NotLetter, VietnameseTone.Level, 0, 0);
        }

        var status = VietnameseSyllable.SplitToneByDecomposition(c.ToString(), out var bare, out var tone);
        if (status == Status.NotLetter)
        {
            return new Entry(NotLetter, VietnameseTone.Level, 0, 0);
        }

        var marks = status == Status.TwoMarks ? 2 : tone == VietnameseTone.Level ? 0 : 1;
        return bare.Length == 1 && char.IsLetter(bare[0]) ? new Entry(bare[0], tone, (byte)marks, BareKey.Code(bare[0])) : default;
    }

    private static bool IsMark(char c) => CharUnicodeInfo.GetUnicodeCategory(c) is
        UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    // Code: the letter's BareKey code, 0 when it has none (unknown, not a letter, or a foreign letter).
    private readonly record struct Entry(char Bare, VietnameseTone Tone, byte Marks, byte Code);
}
