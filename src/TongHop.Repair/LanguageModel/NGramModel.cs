using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;
using System.Text;

namespace TongHop.Repair.LanguageModel;

/// <summary>
/// A syllable trigram model with interpolated Kneser–Ney estimates stored as backoff-style scores
/// (ARPA-like: a trigram's own score when stored, else its context's backoff plus the bigram score).
/// Scores are natural-log probabilities quantised to <see cref="Step"/> nats. N-grams are stored the way the
/// file sorts them: each word's bigram successors are one run of ascending word ids, and each bigram (as a
/// context) points at the run of its trigram successors. Every entry packs its last word and its score in 32 bits
/// (word &lt;&lt; 8 | score byte), so the line a search ends on also holds the score. A look-up is a binary search in a
/// short contiguous run instead of a probe into a hash table of many megabytes, whose cache misses set the decoder's
/// speed; the words with the longest runs get a dense row, and a decoder that keeps a bigram's number
/// (<see cref="Context(int)"/>) reads its trigrams without any search.
/// Immutable and thread-safe.
/// </summary>
public sealed class NGramModel
{
    /// <summary>Quantisation step of stored scores, in nats (a byte covers 0 to −25.5).</summary>
    public const float Step = 0.1f;

    private const string Magic = "THLM1";
    private readonly byte[] unigramScore;
    private readonly byte[] unigramBackoff;
    private readonly int[] bigramStart;     // per word v: its successors are bigramEntries[bigramStart[v]..bigramStart[v + 1]]
    private readonly uint[] bigramEntries;   // per bigram: its last word << 8 | its score byte (one line brings both)
    private readonly Bigram[] bigrams;       // one more than bigramEntries: the last one only closes the trigram runs
    private readonly uint[] trigrams;        // per trigram: its last word << 8 | its score byte (one line brings both)
    private readonly float[] bestLogProb;
    private readonly int[] denseRow;         // per word v: its row in denseIndex, or −1 (a short run: binary search)
    private readonly uint[] denseIndex;      // per dense row, per word w: (1 + the number of bigram (v, w)) << 8 | its score byte, or 0
    private readonly int vocabularySize;

    /// <summary>Successor runs at least this long get a dense row: a look-up is one read instead of ~10 halvings.</summary>
    private const int DenseRunLength = 192;

    /// <summary>
    /// At most this many dense rows (each 4 bytes per vocabulary word: 128 rows of 6,446 words are 3.3 MB). An entry holds the
    /// bigram's score as well as its number, so a look-up reads one line instead of two (the second read, of the run's
    /// entry for its score, was a tenth of the decoder's time: perf, 2026-12-07).
    /// </summary>
    private const int MaxDenseRows = 128;

    private NGramModel(
        Vocabulary vocabulary, byte[] unigramScore, byte[] unigramBackoff, int[] bigramStart, uint[] bigramEntries, Bigram[] bigrams,
        uint[] trigrams, float[] bestLogProb)
    {
        Vocabulary = vocabulary;
        this.unigramScore = unigramScore;
        this.unigramBackoff = unigramBackoff;
        this.bigramStart = bigramStart;
        this.bigramEntries = bigramEntries;
        this.bigrams = bigrams;
        this.trigrams = trigrams;
        this.bestLogProb = bestLogProb;
        vocabularySize = vocabulary.Count;
        (denseRow, denseIndex) = DenseRows(bigramStart, bigramEntries, vocabularySize);
    }

    // The few words with thousands of successors (và, của, các, được…) are the previous word of most look-ups and
    // the ones whose binary search is longest: they get a direct index instead.
    private static (int[] Rows, uint[] Index) DenseRows(int[] starts, uint[] entries, int vocabularySize)
    {
        var rows = new int[vocabularySize];
        Array.Fill(rows, -1);
        var dense = Enumerable.Range(0, vocabularySize)
            .Select(v => (Word: v, Length: starts[v + 1] - starts[v]))
            .Where(r => r.Length >= DenseRunLength)
            .OrderByDescending(r => r.Length)
            .Take(MaxDenseRows)
            .ToArray();
        if (entries.Length >= 1 << 24)
        {
            throw new InvalidDataException("Too many bigrams for the dense rows' 24-bit numbers.");
        }

        var index = new uint[dense.Length * vocabularySize];
        for (var row = 0; row < dense.Length; row++)
        {
            var v = dense[row].Word;
            rows[v] = row;
            for (var i = starts[v]; i < starts[v + 1]; i++)
            {
                index[(row * vocabularySize) + (int)(entries[i] >> 8)] = ((uint)(i + 1) << 8) | (byte)entries[i];
            }
        }

        return (rows, index);
    }

    /// <summary>The model's words.</summary>
    public Vocabulary Vocabulary { get; }

    /// <summary>Stored bigram and trigram counts.</summary>
    public (int Bigrams, int Trigrams) Size => (bigramEntries.Length, trigrams.Length);

    /// <summary>
    /// The highest ln P(w | context) over every context: an upper bound on what the model can give
    /// <paramref name="w"/>, which lets the decoder skip extensions that cannot enter the beam.
    /// </summary>
    public float BestLogProb(int w) => bestLogProb[w];

    /// <summary>ln P(w | u v).</summary>
    public float LogProb(int u, int v, int w)
    {
        var context = Context(u, v);
        return TryGetTrigram(context, w, out var logProb) ? logProb : context.Backoff + LogProb(v, w);
    }

    /// <summary>The context u v: its backoff weight and where its trigrams are (one search in u's successors).</summary>
    public NGramContext Context(int u, int v) => Context(FindBigram(u, v));

    /// <summary>
    /// The context of the stored bigram number <paramref name="bigram"/> (as given by
    /// <see cref="LogProb(int, int, out int)"/>; negative for an unseen pair: no trigrams, no backoff weight).
    /// A decoder that keeps the number with its hypothesis finds the context without a search.
    /// </summary>
    public NGramContext Context(int bigram) =>
        bigram < 0 ? default : new NGramContext(-bigrams[bigram].Backoff * Step, bigrams[bigram].TrigramStart, bigrams[bigram + 1].TrigramStart - bigrams[bigram].TrigramStart);

    /// <summary>The stored trigram score ln P(w | context), if the trigram was kept (a search in the context's run).</summary>
    public bool TryGetTrigram(in NGramContext context, int w, out float logProb)
    {
        var index = Find(trigrams, context.Start, context.Count, w);
        logProb = index >= 0 ? -(byte)trigrams[index] * Step : 0f;
        return index >= 0;
    }

    /// <summary>
    /// Asks the processor to bring the trigram run of context bigram number <paramref name="bigram"/> into its
    /// cache: the runs (megabytes in all) do not stay in the core's own caches, so a decoder that knows the contexts
    /// of its next position overlaps their loads with its other work instead of waiting on each.
    /// </summary>
    public unsafe void Prefetch(int bigram)
    {
        if (bigram < 0 || !Sse.IsSupported)
        {
            return;
        }

        // The run's first line and the line of its middle, where the search starts.
        var start = bigrams[bigram].TrigramStart;
        var count = bigrams[bigram + 1].TrigramStart - start;
        if (count > 0)
        {
            fixed (uint* run = &trigrams[start])
            {
                Sse.Prefetch0(run);
                Sse.Prefetch0(run + (count >> 1));
            }
        }
    }

    /// <summary>
    /// Asks the processor to bring the entry of stored bigram number <paramref name="bigram"/> (its backoff and where its
    /// trigrams are): a decoder that may keep it as a context reads it at the next position (<see cref="Prefetch"/>).
    /// </summary>
    public unsafe void PrefetchContext(int bigram)
    {
        if (bigram >= 0 && Sse.IsSupported)
        {
            fixed (Bigram* entry = &bigrams[bigram])
            {
                Sse.Prefetch0(entry);
            }
        }
    }

    /// <summary>
    /// Asks the processor to bring what look-ups of the bigrams (<paramref name="v"/>, w) for each of <paramref name="words"/>
    /// will read first: their entries of <paramref name="v"/>'s dense row, or the middle and the two quarters of its successor
    /// run, where every search starts.
    /// </summary>
    public unsafe void PrefetchBigrams(int v, ReadOnlySpan<int> words)
    {
        if (!Sse.IsSupported || (uint)v >= (uint)(bigramStart.Length - 1))
        {
            return;
        }

        var row = denseRow[v];
        if (row >= 0)
        {
            fixed (uint* dense = &denseIndex[row * vocabularySize])
            {
                foreach (var w in words)
                {
                    if ((uint)w < (uint)vocabularySize)
                    {
                        Sse.Prefetch0(dense + w);
                    }
                }
            }

            return;
        }

        var start = bigramStart[v];
        var count = bigramStart[v + 1] - start;
        if (count > 0)
        {
            fixed (uint* run = &bigramEntries[start])
            {
                Sse.Prefetch0(run + (count >> 1));
                Sse.Prefetch0(run + (count >> 2));
                Sse.Prefetch0(run + ((3 * count) >> 2));
            }
        }
    }

    /// <summary>The number of the stored bigram (v, w) for <see cref="Context(int)"/>, or −1.</summary>
    public int BigramNumber(int v, int w) => FindBigram(v, w);

    /// <summary>ln P(w | v); <paramref name="bigram"/> is the stored bigram's number (see <see cref="Context(int)"/>), or −1.</summary>
    public float LogProb(int v, int w, out int bigram)
    {
        bigram = FindBigram(v, w, out var score);
        return bigram >= 0 ? -score * Step : -(unigramBackoff[v] + unigramScore[w]) * Step;
    }

    /// <summary>ln P(w | v).</summary>
    public float LogProb(int v, int w) => LogProb(v, w, out int _);

    // The index of bigram (v, w), or a negative number.
    private int FindBigram(int v, int w) => FindBigram(v, w, out _);

    // The index of bigram (v, w) and its score byte, or a negative number (and 0).
    private int FindBigram(int v, int w, out byte score)
    {
        score = 0;
        if ((uint)v >= (uint)(bigramStart.Length - 1))
        {
            return -1;
        }

        var row = denseRow[v];
        if (row >= 0)
        {
            var entry = (uint)w < (uint)vocabularySize ? denseIndex[(row * vocabularySize) + w] : 0u;
            score = (byte)entry;
            return (int)(entry >> 8) - 1;
        }

        var start = bigramStart[v];
        var index = Find(bigramEntries, start, bigramStart[v + 1] - start, w);
        if (index >= 0)
        {
            score = (byte)bigramEntries[index];
        }

        return index;
    }

    // The index of word in the ascending run entries[start..start + count] (word << 8 | score), or −1. Branch-free
    // halving: the step is masked arithmetically (words are below 65,536, so the difference's sign says which half),
    // because the runs are short and a mispredicted branch costs more than a step; bounds are checked once, up front.
    private static int Find(uint[] entries, int start, int count, int word)
    {
        if (count == 0)
        {
            return -1;
        }

        ref var run = ref MemoryMarshal.GetReference(entries.AsSpan(start, count));
        var low = 0;
        while (count > 1)
        {
            var half = count >> 1;
            var below = (word - (int)(Unsafe.Add(ref run, low + half) >> 8)) >> 31; // −1 when word < the middle word, else 0
            low += half & ~below;
            count -= half;
        }

        return (int)(Unsafe.Add(ref run, low) >> 8) == word ? start + low : -1;
    }

    internal static ulong Key2(int v, int w) => ((ulong)(uint)v << 16) | (uint)w;

    internal static ulong Key3(int u, int v, int w) => ((ulong)(uint)u << 32) | ((ulong)(uint)v << 16) | (uint)w;

    private readonly record struct Bigram(byte Backoff, int TrigramStart);

    internal static byte Quantise(double logProb) => (byte)Math.Clamp(Math.Round(-logProb / Step), 0, 255);

    /// <summary>Reads a model written by <see cref="Write"/>.</summary>
    public static NGramModel Read(Stream stream)
    {
        using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
        if (reader.ReadString() != Magic)
        {
            throw new InvalidDataException("Not a TongHop syllable language model (bad magic).");
        }

        var words = new string[reader.ReadInt32()];
        for (var i = 0; i < words.Length; i++)
        {
            words[i] = reader.ReadString();
        }

        var uniScore = reader.ReadBytes(words.Length);
        var uniBackoff = reader.ReadBytes(words.Length);
        var bigramKeys = ReadKeys(reader);
        var bigramScore = reader.ReadBytes(bigramKeys.Length);
        var bigramBackoff = reader.ReadBytes(bigramKeys.Length);
        var trigramKeys = ReadKeys(reader);
        var trigramScore = reader.ReadBytes(trigramKeys.Length);
        return new NGramModel(
            new Vocabulary(words), uniScore, uniBackoff,
            RunStarts(bigramKeys, words.Length), Packed(bigramKeys, bigramScore),
            Bigrams(bigramKeys, bigramBackoff, trigramKeys),
            Packed(trigramKeys, trigramScore),
            BestLogProbs(uniScore, bigramKeys, bigramScore, trigramKeys, trigramScore));
    }

    // Each n-gram's last word (the key's low 16 bits) and its score, in one entry.
    private static uint[] Packed(ulong[] keys, byte[] scores)
    {
        var entries = new uint[keys.Length];
        for (var i = 0; i < entries.Length; i++)
        {
            entries[i] = ((uint)(keys[i] & 0xFFFF) << 8) | scores[i];
        }

        return entries;
    }

    // Bigram keys (v << 16 | w) are sorted, so each word's successors form one run; starts[v] is where it begins.
    private static int[] RunStarts(ulong[] bigramKeys, int vocabularySize)
    {
        var starts = new int[vocabularySize + 1];
        var i = 0;
        for (var v = 0; v <= vocabularySize; v++)
        {
            while (i < bigramKeys.Length && (int)(bigramKeys[i] >> 16) < v)
            {
                i++;
            }

            starts[v] = i;
        }

        return starts;
    }

    // Trigram keys (u << 32 | v << 16 | w) are sorted the same way, so each context's trigrams form one run, in the
    // same order as the bigrams: a bigram's run starts after all the runs of the bigrams before it. Every trigram's
    // context is a stored bigram (the trainer prunes only trigrams).
    private static Bigram[] Bigrams(ulong[] bigramKeys, byte[] backoffs, ulong[] trigramKeys)
    {
        var bigrams = new Bigram[bigramKeys.Length + 1];
        var t = 0;
        for (var i = 0; i < bigramKeys.Length; i++)
        {
            if (t < trigramKeys.Length && trigramKeys[t] >> 16 < bigramKeys[i])
            {
                throw new InvalidDataException("Corrupt language model: a trigram has no stored context bigram.");
            }

            bigrams[i] = new Bigram(backoffs[i], t);
            while (t < trigramKeys.Length && trigramKeys[t] >> 16 == bigramKeys[i])
            {
                t++;
            }
        }

        if (t != trigramKeys.Length)
        {
            throw new InvalidDataException("Corrupt language model: a trigram has no stored context bigram.");
        }

        bigrams[^1] = new Bigram(0, t);
        return bigrams;
    }

    // A backed-off score adds a non-positive backoff weight to a lower-order score, so the best score a word can
    // get is its best stored score at any order.
    private static float[] BestLogProbs(byte[] unigrams, ulong[] bigramKeys, byte[] bigramScores, ulong[] trigramKeys, byte[] trigramScores)
    {
        var best = (byte[])unigrams.Clone();
        for (var i = 0; i < bigramKeys.Length; i++)
        {
            var w = (int)(bigramKeys[i] & 0xFFFF);
            best[w] = Math.Min(best[w], bigramScores[i]);
        }

        for (var i = 0; i < trigramKeys.Length; i++)
        {
            var w = (int)(trigramKeys[i] & 0xFFFF);
            best[w] = Math.Min(best[w], trigramScores[i]);
        }

        return Array.ConvertAll(best, q => -q * Step);
    }

    /// <summary>Writes the compact form: vocabulary, unigram bytes, then delta-varint sorted keys with byte scores.</summary>
    internal static void Write(Stream stream, IReadOnlyList<string> words, NGramData data)
    {
        using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(words.Count);
        foreach (var word in words)
        {
            writer.Write(word);
        }

        writer.Write(data.UnigramScore);
        writer.Write(data.UnigramBackoff);
        WriteKeys(writer, data.BigramKeys);
        writer.Write(data.BigramScore);
        writer.Write(data.BigramBackoff);
        WriteKeys(writer, data.TrigramKeys);
        writer.Write(data.TrigramScore);
    }

    // Sorted keys stored as varint gaps: most gaps fit in one to three bytes, so the file stays small.
    private static void WriteKeys(BinaryWriter writer, ulong[] keys)
    {
        writer.Write(keys.Length);
        var previous = 0UL;
        foreach (var key in keys)
        {
            writer.Write7BitEncodedInt64((long)(key - previous));
            previous = key;
        }
    }

    private static ulong[] ReadKeys(BinaryReader reader)
    {
        var keys = new ulong[reader.ReadInt32()];
        var previous = 0UL;
        for (var i = 0; i < keys.Length; i++)
        {
            previous += (ulong)reader.Read7BitEncodedInt64();
            keys[i] = previous;
        }

        return keys;
    }
}
