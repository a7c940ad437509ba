using System.Text;

namespace TongHop.Repair.LanguageModel;

/// <summary>
/// A syllable trigram model with interpolated Kneser–Ney estimates stored as backoff-style scores
/// (ARPA-like: a trigram's own score when stored, else its context's backoff plus the bigram score).
/// Scores are natural-log probabilities quantised to <see cref="Step"/> nats. Immutable and thread-safe.
/// </summary>
public sealed class NGramModel
{
    /// <summary>Quantisation step of stored scores, in nats (a byte covers 0 to −25.5).</summary>
    public const float Step = 0.1f;

    private const string Magic = "THLM1";
    private readonly byte[] unigramScore;
    private readonly byte[] unigramBackoff;
    private readonly NGramTable bigrams;
    private readonly NGramTable trigrams;

    private NGramModel(Vocabulary vocabulary, byte[] unigramScore, byte[] unigramBackoff, NGramTable bigrams, NGramTable trigrams)
    {
        Vocabulary = vocabulary;
        this.unigramScore = unigramScore;
        this.unigramBackoff = unigramBackoff;
        this.bigrams = bigrams;
        this.trigrams = trigrams;
    }

    /// <summary>The model's words.</summary>
    public Vocabulary Vocabulary { get; }

    /// <summary>Stored bigram and trigram counts.</summary>
    public (int Bigrams, int Trigrams) Size => (bigrams.Count, trigrams.Count);

    /// <summary>Approximate memory held by the tables, in bytes.</summary>
    public long MemoryBytes => bigrams.MemoryBytes + trigrams.MemoryBytes + 2L * unigramScore.Length;

    /// <summary>ln P(w | u v).</summary>
    public float LogProb(int u, int v, int w)
    {
        if (trigrams.TryGet(Key3(u, v, w), out var q3))
        {
            return -q3 * Step;
        }

        var backoff = bigrams.TryGet(Key2(u, v), out var context) ? -(context >> 8) * Step : 0f;
        return backoff + LogProb(v, w);
    }

    /// <summary>ln P(w | v).</summary>
    public float LogProb(int v, int w)
    {
        if (bigrams.TryGet(Key2(v, w), out var q2))
        {
            return -(q2 & 0xFF) * Step;
        }

        return -(unigramBackoff[v] + unigramScore[w]) * Step;
    }

    internal static ulong Key2(int v, int w) => ((ulong)(uint)v << 16) | (uint)w;

    internal static ulong Key3(int u, int v, int w) => ((ulong)(uint)u << 32) | ((ulong)(uint)v << 16) | (uint)w;

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
        var bigramPayload = new ushort[bigramKeys.Length];
        for (var i = 0; i < bigramPayload.Length; i++)
        {
            bigramPayload[i] = (ushort)(bigramScore[i] | (bigramBackoff[i] << 8));
        }

        var trigramPayload = Array.ConvertAll(trigramScore, b => (ushort)b);
        return new NGramModel(
            new Vocabulary(words), uniScore, uniBackoff,
            new NGramTable(bigramKeys, bigramPayload), new NGramTable(trigramKeys, trigramPayload));
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
