using TongHop.Repair.Tokenization;

namespace TongHop.Repair.LanguageModel;

/// <summary>
/// Turns clean text into language-model ids the same way the decoder sees repaired text: a word maps to
/// its lower-case canonical syllable, numbers to &lt;num&gt;, symbols to &lt;sym&gt;, edge punctuation to its own id.
/// </summary>
public static class LmTokenizer
{
    /// <summary>Appends the ids of one line (no sentence markers) to <paramref name="ids"/>.</summary>
    public static void AppendIds(Vocabulary vocabulary, string line, List<int> ids, List<RepairToken> scratch)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        ArgumentNullException.ThrowIfNull(line);
        ArgumentNullException.ThrowIfNull(ids);
        ArgumentNullException.ThrowIfNull(scratch);
        scratch.Clear();
        LineTokenizer.Tokenize(line, scratch);
        foreach (var token in scratch)
        {
            AppendPunctuation(line.AsSpan(token.Start, token.CoreStart - token.Start), ids);
            if (token.CoreLength > 0)
            {
                ids.Add(IdOfCore(vocabulary, token.Core(line), token.Kind));
            }

            var coreEnd = token.CoreStart + token.CoreLength;
            AppendPunctuation(line.AsSpan(coreEnd, token.Start + token.Length - coreEnd), ids);
        }
    }

    /// <summary>The id of a token core of the given kind.</summary>
    public static int IdOfCore(Vocabulary vocabulary, ReadOnlySpan<char> core, TokenKind kind)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        return kind switch
        {
            TokenKind.Number => Vocabulary.Number,
            TokenKind.Symbol => vocabulary.TryGetId(Vocabulary.Normalize(core), out var id) ? id : Vocabulary.Symbol,
            _ => vocabulary.IdOf(Vocabulary.Normalize(core)),
        };
    }

    private static void AppendPunctuation(ReadOnlySpan<char> span, List<int> ids)
    {
        foreach (var c in span)
        {
            var id = Vocabulary.PunctuationId(c);
            if (id >= 0)
            {
                ids.Add(id);
            }
        }
    }
}
