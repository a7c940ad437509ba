using TongHop.Repair.Tokenization;
using TongHop.Text.Syllables;

namespace TongHop.Repair.Decoding;

/// <summary>
/// "Do no harm": decides which lines to repair. English OCR writes none of Vietnamese's own letters
/// (ă â đ ê ô ơ ư, ạ ả ấ…), so a document where few words carry them is garbled throughout, while in a
/// clean document only a line that both lacks them and is mostly non-syllables is repaired.
/// </summary>
internal static class LineAssessment
{
    /// <summary>Word-token counts of one line.</summary>
    public readonly record struct Counts(int Words, int Valid, int Vietnamese)
    {
        public Counts Add(Counts other) => new(Words + other.Words, Valid + other.Valid, Vietnamese + other.Vietnamese);
    }

    public static Counts Count(string line, List<RepairToken> tokens)
    {
        int words = 0, valid = 0, vietnamese = 0;
        foreach (var token in tokens)
        {
            if (token.Kind != TokenKind.Word)
            {
                continue;
            }

            var core = token.Core(line);
            words++;
            valid += WordShape.IsLetters(core) && VietnameseSyllable.IsValid(core) ? 1 : 0;
            vietnamese += HasVietnameseLetter(core) ? 1 : 0;
        }

        return new Counts(words, valid, vietnamese);
    }

    /// <summary>Whether the document as a whole reads as English-OCR output.</summary>
    public static bool IsGarbled(Counts document) =>
        document.Words > 0 && document.Vietnamese < 0.15 * document.Words;

    public static bool NeedsRepair(Counts line, bool documentGarbled)
    {
        if (line.Words == 0)
        {
            return documentGarbled;
        }

        var validShare = (double)line.Valid / line.Words;
        var vietnameseShare = (double)line.Vietnamese / line.Words;
        return documentGarbled
            ? !(validShare >= 0.95 && vietnameseShare >= 0.3)
            : validShare < 0.75 && vietnameseShare < 0.15;
    }

    /// <summary>A letter that only Vietnamese writes (never produced by English OCR).</summary>
    public static bool HasVietnameseLetter(ReadOnlySpan<char> core)
    {
        foreach (var c in core)
        {
            if (c is 'ă' or 'â' or 'ê' or 'ô' or 'Ê' or 'Ô' or 'đ' or 'ơ' or 'ư' or 'Ă' or 'Â' or 'Đ' or 'Ơ' or 'Ư' or 'ĩ' or 'ũ' or 'Ĩ' or 'Ũ'
                || (c >= '\u1EA0' && c <= '\u1EF9'))
            {
                return true;
            }
        }

        return false;
    }
}
