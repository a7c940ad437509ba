using System.Collections.Concurrent;
using System.Collections.Frozen;
using TongHop.Repair.LanguageModel;
using TongHop.Text.Normalization;

namespace TongHop.Repair.Channel;

/// <summary>
/// Proposes syllables for an OCR token. The syllables' accent-free keys are indexed SymSpell-style (every
/// key with up to two letters deleted), so the keys within edit distance two of the token's
/// <see cref="OcrFolding"/> key are found with a few dictionary probes; each syllable under those keys is then
/// priced by the <see cref="ChannelScorer"/>. Results are memoised per distinct token (bounded), which is what
/// makes repeated words cheap. Thread-safe.
/// </summary>
public sealed class CandidateGenerator
{
    private const int MaxDistance = 2;
    private const int MaxCached = 200_000;

    private readonly Vocabulary vocabulary;
    private readonly ChannelScorer scorer;
    private readonly int searchDistance;
    private readonly bool hornedVowelKeys;
    private readonly Dictionary<string, int[]> keysByDeletion;
    private readonly string[] keys;
    private readonly int[][] syllablesByKey;
    private const float PriorWeight = 0.5f;
    private readonly float[] priorCost;
    private readonly ConcurrentDictionary<string, Candidate[]> cache = new(StringComparer.Ordinal);

    /// <summary>Indexes the syllables of <paramref name="vocabulary"/>.</summary>
    /// <param name="vocabulary">The language model's words.</param>
    /// <param name="scorer">Prices a syllable against a token.</param>
    /// <param name="maxCandidates">Most candidates returned per token.</param>
    /// <param name="beamNats">Candidates costlier than the best by more than this are dropped.</param>
    /// <param name="maxDistance">Keys this far (in edits) from the token's key are searched: 2 for English OCR's garble, 1 for
    /// Tesseract-Vietnamese output, whose errors are mostly in the accents (the key is accent-free).</param>
    /// <param name="hornedVowelKeys">Also search the keys of English OCR's renderings of a horned or hooked u
    /// (<see cref="OcrFolding.HornedVowelPairs"/>): the English-OCR channel's generator.</param>
    public CandidateGenerator(
        Vocabulary vocabulary, ChannelScorer scorer, int maxCandidates = 32, float beamNats = 11f, int maxDistance = MaxDistance, bool hornedVowelKeys = false)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        this.vocabulary = vocabulary;
        this.hornedVowelKeys = hornedVowelKeys;
        searchDistance = Math.Clamp(maxDistance, 0, MaxDistance);
        this.scorer = scorer;
        MaxCandidates = maxCandidates;
        BeamNats = beamNats;
        var byKey = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var id = vocabulary.FirstSyllable; id < vocabulary.Count; id++)
        {
            var word = vocabulary.Words[id];
            if (Text.Syllables.SyllableInventory.Default.Contains(word))
            {
                var key = VietnameseText.FoldLower(word);
                if (!byKey.TryGetValue(key, out var list))
                {
                    byKey[key] = list = [];
                }

                list.Add(id);
            }
        }

        priorCost = BuildPriorCosts(vocabulary);
        keys = [.. byKey.Keys];
        syllablesByKey = [.. keys.Select(k => byKey[k].ToArray())];
        var deletions = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var k = 0; k < keys.Length; k++)
        {
            foreach (var variant in Deletions(keys[k]))
            {
                if (!deletions.TryGetValue(variant, out var list))
                {
                    deletions[variant] = list = [];
                }

                list.Add(k);
            }
        }

        // A plain dictionary: a frozen one reads a little faster but takes longer to build than loading should.
        keysByDeletion = deletions.ToDictionary(p => p.Key, p => p.Value.Distinct().ToArray(), StringComparer.Ordinal);
    }

    private CandidateGenerator(CandidateGenerator index, ChannelScorer scorer, int maxDistance)
    {
        vocabulary = index.vocabulary;
        this.scorer = scorer;
        searchDistance = Math.Clamp(maxDistance, 0, MaxDistance);
        MaxCandidates = index.MaxCandidates;
        BeamNats = index.BeamNats;
        keysByDeletion = index.keysByDeletion;
        keys = index.keys;
        syllablesByKey = index.syllablesByKey;
        priorCost = index.priorCost;
    }

    /// <summary>
    /// A generator over the same index (no second build) that prices with <paramref name="otherScorer"/> and searches keys
    /// up to <paramref name="maxDistance"/> edits away, with a memo of its own.
    /// </summary>
    public CandidateGenerator With(ChannelScorer otherScorer, int maxDistance) => new(this, otherScorer, maxDistance);

    // −ln of each syllable's corpus frequency; words outside the inventory count as rare.
    private static float[] BuildPriorCosts(Vocabulary vocabulary)
    {
        var inventory = Text.Syllables.SyllableInventory.Default;
        var total = (double)inventory.Forms.Sum(inventory.CountOf);
        var costs = new float[vocabulary.Count];
        for (var id = 0; id < costs.Length; id++)
        {
            costs[id] = (float)-Math.Log((inventory.CountOf(vocabulary.Words[id]) + 1) / total);
        }

        return costs;
    }

    /// <summary>Most candidates returned per token.</summary>
    public int MaxCandidates { get; }

    /// <summary>Candidates costlier than the best by more than this are dropped.</summary>
    public float BeamNats { get; }

    /// <summary>Candidate syllables for a lower-case OCR token, cheapest first (possibly empty).</summary>
    public Candidate[] Generate(string lowerToken)
    {
        ArgumentNullException.ThrowIfNull(lowerToken);
        if (cache.TryGetValue(lowerToken, out var cached))
        {
            return cached;
        }

        var result = Compute(lowerToken);
        if (cache.Count < MaxCached)
        {
            cache.TryAdd(lowerToken, result);
        }

        return result;
    }

    private Candidate[] Compute(string token)
    {
        if (token.Length > 10)
        {
            return [];
        }

        var seenKeys = new HashSet<int>();
        var scored = new List<Candidate>();
        foreach (var folded in OcrFolding.Keys(token, hornedVowelKeys))
        {
            var maxDistance = Math.Min(folded.Length <= 2 ? 1 : MaxDistance, searchDistance);
            foreach (var variant in Deletions(folded, maxDistance))
            {
                if (!keysByDeletion.TryGetValue(variant, out var matches))
                {
                    continue;
                }

                foreach (var k in matches)
                {
                    if (Levenshtein(keys[k], folded) <= maxDistance && seenKeys.Add(k))
                    {
                        foreach (var id in syllablesByKey[k])
                        {
                            scored.Add(new Candidate(id, scorer.Cost(vocabulary.Words[id], token)));
                        }
                    }
                }
            }
        }

        // Many syllables share a key and cost about the same (dong: động, đồng, dòng, đọng…), so the cut ranks
        // by channel cost plus a light frequency prior: rare readings must not crowd out the common ones.
        // The ranks are computed once and sorted with the candidates as keys (not recomputed at every comparison).
        var candidates = scored.ToArray();
        var ranks = new float[candidates.Length];
        for (var i = 0; i < candidates.Length; i++)
        {
            ranks[i] = Rank(candidates[i]);
        }

        Array.Sort(ranks, candidates);
        var best = candidates.Length == 0 ? 0 : candidates.Min(c => c.Cost);
        return [.. candidates.Where(c => c.Cost <= best + BeamNats).Take(IsLoneSymbol(token) ? LoneSymbolCandidates : MaxCandidates)];
    }

    /// <summary>Candidates kept for a token that is one look-alike symbol alone ("&amp;": ở, or tế whose t was lost).</summary>
    public const int LoneSymbolCandidates = 96;

    /// <summary>
    /// Whether the token is one symbol that stands for a letter, alone ("&amp;", "¢"): its key is a single vowel, within
    /// one edit of hundreds of syllables that all cost about the same (a lost consonant), so the usual cut by cost and
    /// frequency drops the reading the context needs (kinh &amp; = kinh tế); only the language model can choose.
    /// </summary>
    public static bool IsLoneSymbol(ReadOnlySpan<char> token) => token.Length == 1 && !char.IsLetterOrDigit(token[0]);

    private float Rank(Candidate candidate) => candidate.Cost + (PriorWeight * priorCost[candidate.WordId]);

    /// <summary>The key itself and every string made by deleting up to <paramref name="max"/> of its chars.</summary>
    private static HashSet<string> Deletions(string key, int max = MaxDistance)
    {
        var result = new HashSet<string>(StringComparer.Ordinal) { key };
        var frontier = new List<string> { key };
        for (var d = 0; d < max; d++)
        {
            var next = new List<string>();
            foreach (var s in frontier)
            {
                for (var i = 0; i < s.Length; i++)
                {
                    var shorter = s.Remove(i, 1);
                    if (result.Add(shorter))
                    {
                        next.Add(shorter);
                    }
                }
            }

            frontier = next;
        }

        return result;
    }

    private static int Levenshtein(string a, string b)
    {
        Span<int> previous = stackalloc int[b.Length + 1];
        Span<int> current = stackalloc int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }

            current.CopyTo(previous);
        }

        return previous[b.Length];
    }
}
