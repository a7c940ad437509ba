using System.Collections.Concurrent;
using TongHop.Repair.Tokenization;

namespace TongHop.Repair.Decoding;

/// <summary>
/// The sorted decoding options of every distinct token seen (per kind and spelling: "Tong" and "tong" are two
/// entries, because an ordinal hash is several times cheaper than a case-insensitive one on Vietnamese letters),
/// so a repeated word costs one look-up instead of candidate generation, pricing and sorting. Bounded: past <see cref="MaxEntries"/> new tokens are built each time and not kept. Thread-safe.
/// </summary>
internal sealed class TokenOptionCache
{
    /// <summary>
    /// Distinct tokens kept per kind: about 0.4 KB each with their options (≈ 20 of 16 bytes), so at most ≈ 40 MB in a
    /// server that has read a great many garbled reports; a report brings a few hundred new spellings.
    /// </summary>
    public const int MaxEntries = 100_000;

    private readonly ConcurrentDictionary<string, DecodeOption[]> words = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, DecodeOption[]> numbers = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, DecodeOption[]> midSentenceCapitals = new(StringComparer.Ordinal);

    /// <summary>The options of <paramref name="core"/>, built by <paramref name="builder"/> on first sight.</summary>
    /// <paramref name="midSentenceCapital"/>: a capitalised word right after a word in small letters, whose readings are priced
    /// by how often each is written so (<see cref="RepairModel.CapitalCost"/>).
    public DecodeOption[] GetOrAdd(ReadOnlySpan<char> core, TokenKind kind, LatticeBuilder builder, bool midSentenceCapital = false)
    {
        var map = kind == TokenKind.Number ? numbers : midSentenceCapital ? midSentenceCapitals : words;
        var lookup = map.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(core, out var cached))
        {
            return cached;
        }

        var built = builder.BuildOptions(core, kind, midSentenceCapital);
        if (map.Count < MaxEntries)
        {
            lookup.TryAdd(core, built);
        }

        return built;
    }
}
