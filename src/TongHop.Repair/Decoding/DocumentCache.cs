namespace TongHop.Repair.Decoding;

/// <summary>
/// Per-document memory of word pairs that a first decoding pass read with confidence (cheap channel cost,
/// e.g. "Quang Ngai" with only accents lost). In the second pass these pairs earn a bonus, so a name or
/// term read cleanly once wins where the same report garbles it ("Quang Ngii" → Quảng Ngãi).
/// </summary>
internal sealed class DocumentCache
{
    private readonly Dictionary<ulong, int> pairs = [];

    public int Count => pairs.Count;

    /// <summary>Collects the pairs of consecutive confident choices of a decoded lattice.</summary>
    public static DocumentCache From(Lattice lattice, int[] chosen, float maxCost, int firstWord)
    {
        var cache = new DocumentCache();
        var previous = -1;
        for (var p = 0; p < chosen.Length; p++)
        {
            var option = lattice.Options[chosen[p]];
            var (_, count) = lattice.Positions[p];
            var confident = option.WordId >= firstWord && option.Cost <= maxCost;
            // Fixed positions (clean words) are confident; choices among candidates only when cheap.
            var word = confident || (count == 1 && option.WordId >= firstWord) ? option.WordId : -1;
            if (previous >= 0 && word >= 0 && count > 1)
            {
                var key = Key(previous, word);
                cache.pairs[key] = cache.pairs.GetValueOrDefault(key) + 1;
            }

            previous = word;
        }

        return cache;
    }

    /// <summary>Bonus in nats for reading <paramref name="word"/> after <paramref name="previous"/>.</summary>
    public float Bonus(int previous, int word, float perPair) =>
        pairs.TryGetValue(Key(previous, word), out var n) ? perPair * MathF.Min(n, 3) : 0f;

    private static ulong Key(int previous, int word) => ((ulong)(uint)previous << 32) | (uint)word;
}
