namespace TongHop.Repair.Decoding;

/// <summary>
/// Per-document memory of word pairs that the decoder read with confidence (cheap channel cost, e.g. "Quang
/// Ngai" with only accents lost) in the paragraphs decoded so far. In later paragraphs these pairs earn a
/// bonus, so a name or term read cleanly once wins where the same report garbles it ("Quang Ngii" → Quảng Ngãi).
/// </summary>
/// <param name="maxCost">A choice at most this costly counts as read cleanly.</param>
/// <param name="firstWord">The first vocabulary id that is a word (not a marker or punctuation).</param>
/// <param name="vocabularySize">The number of vocabulary ids.</param>
internal sealed class DocumentCache(float maxCost, int firstWord, int vocabularySize)
{
    private readonly Dictionary<ulong, int> pairs = [];
    private readonly bool[] secondWords = new bool[vocabularySize]; // asked for every option: a flag, not a hash probe
    private readonly int[] words = new int[vocabularySize];
    private readonly List<int> learnt = []; // the words counted or flagged so far, to forget them one by one
    private float maxCost = maxCost;

    /// <summary>
    /// Forgets what the last document taught, for the next one (a repairer keeps its caches: two arrays the size of the
    /// vocabulary were allocated and cleared for every document); <paramref name="confidentCost"/> is its new
    /// <c>maxCost</c>.
    /// </summary>
    /// <remarks>
    /// <paramref name="seed"/> (keys of <see cref="Key"/>: the indicator catalog's word pairs, <see cref="CatalogPhrases"/>)
    /// starts the new document as if it had read each pair <paramref name="seedRepeats"/> times with confidence.
    /// </remarks>
    public DocumentCache Reuse(float confidentCost, ReadOnlySpan<ulong> seed = default, int seedRepeats = 0)
    {
        foreach (var word in learnt)
        {
            words[word] = 0;
            secondWords[word] = false;
        }

        learnt.Clear();
        pairs.Clear();
        maxCost = confidentCost;
        foreach (var key in seedRepeats > 0 ? seed : default)
        {
            var word = (int)(uint)key;
            if ((uint)word < (uint)secondWords.Length)
            {
                pairs[key] = seedRepeats;
                secondWords[word] = true;
                learnt.Add(word);
            }
        }

        return this;
    }

    /// <summary>Repeats of a pair beyond this many earn no more bonus.</summary>
    public const int MaxRepeats = 3;

    /// <summary>Learns the pairs of consecutive confident choices of the decoded positions [from, to).</summary>
    public void Learn(Lattice lattice, int[] chosen, int from, int to)
    {
        var previous = -1;
        for (var p = from; p < to; p++)
        {
            var option = lattice.Options[chosen[p]];
            var (_, count) = lattice.Positions[p];
            var confident = option.WordId >= firstWord && option.Cost <= maxCost;
            // Fixed positions (clean words) are confident; choices among candidates only when cheap.
            var word = confident || (count == 1 && option.WordId >= firstWord) ? option.WordId : -1;
            if (word >= 0 && words[word]++ == 0)
            {
                learnt.Add(word);
            }

            if (previous >= 0 && word >= 0 && count > 1)
            {
                var key = Key(previous, word);
                pairs[key] = pairs.GetValueOrDefault(key) + 1;
                secondWords[word] = true;
            }

            previous = word;
        }
    }

    /// <summary>Whether <paramref name="word"/> ends any cached pair (a cheap test before <see cref="Bonus"/>).</summary>
    public bool Ends(int word) => (uint)word < (uint)secondWords.Length && secondWords[word];

    /// <summary>
    /// Bonus in nats for reading <paramref name="word"/> anywhere, growing with the log of how often the document read it
    /// with confidence so far: the words of a report's own subject (xã in a commune's report, bản in a mountain one)
    /// win the ties the language model, trained on laws, would give to their look-alikes (xa, bàn).
    /// </summary>
    /// <remarks>The <see cref="UnboostedWords"/> most frequent syllables earn none.</remarks>
    public float WordBonus(int word, float perWord) =>
        perWord <= 0 || (uint)word >= (uint)words.Length || words[word] == 0 || word < firstWord + UnboostedWords
            ? 0f
            : perWord * LogOnePlus[Math.Min(words[word], MaxWordCount)];

    // ln(1 + n) for every count a word bonus reads (asked for each option of every position: a table, not a logarithm).
    private static readonly float[] LogOnePlus = [.. Enumerable.Range(0, MaxWordCount + 1).Select(n => MathF.Log(1 + n))];

    /// <summary>
    /// The most frequent syllables of the language model's corpus (the vocabulary numbers them most frequent first: và,
    /// của) earn no <see cref="WordBonus"/>: every report reads them dozens of times, so their count says nothing of its
    /// subject, and the bonus it gave pulled look-alike tokens to them (`vao`, `voi`, `xa` read *và*). Measured with 2, 3,
    /// 5, 10 and 20 words (docs/repair.md): from 3 on, có loses its bonus to its look-alikes (cơ, cho) and the gain shrinks.
    /// </summary>
    public const int UnboostedWords = 2;

    /// <summary>Readings of a word beyond this many earn no more <see cref="WordBonus"/>.</summary>
    public const int MaxWordCount = 50;

    /// <summary>Bonus in nats for reading <paramref name="word"/> after <paramref name="previous"/>.</summary>
    public float Bonus(int previous, int word, float perPair) =>
        pairs.TryGetValue(Key(previous, word), out var n) ? perPair * MathF.Min(n, MaxRepeats) : 0f;

    /// <summary>The key of the pair (<paramref name="previous"/>, <paramref name="word"/>).</summary>
    internal static ulong Key(int previous, int word) => ((ulong)(uint)previous << 32) | (uint)word;
}
