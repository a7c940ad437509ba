using TongHop.Repair.LanguageModel;

namespace TongHop.Repair.Training;

/// <summary>
/// Interpolated Kneser–Ney (Chen &amp; Goodman 1998, one discount per order, D = n1 / (n1 + 2 n2)) from the
/// sorted list of every trigram occurrence. The lower orders use continuation counts, so a syllable that
/// follows many different words ("số" after hồ, chuyển đổi, bao nhiêu…) ranks above one that is merely frequent.
/// A share of plain frequency is mixed into the lowest order (<see cref="LanguageModelTrainerOptions.UnigramFrequencyShare"/>):
/// the corpus is law, where a word reports write after many words may follow only a few ("phường" after a comma in "xã,
/// phường, thị trấn"), and the continuation count alone rates it below its look-alikes wherever a report writes it after
/// another word ("của phường").
/// </summary>
internal static class KneserNeyEstimator
{
    public static NGramData Estimate(long[] occurrences, int vocabularySize, int minTrigramCount, double frequencyShare = 0)
    {
        Array.Sort(occurrences);
        var (triKeys, triCounts) = RunLengths(occurrences);
        // Continuation count of a bigram v w: how many distinct u precede it.
        var continuation = new Dictionary<ulong, int>();
        foreach (var key in triKeys)
        {
            var vw = key & 0xFFFF_FFFFUL;
            continuation[vw] = continuation.GetValueOrDefault(vw) + 1;
        }

        var d3 = Discount(triCounts);
        var d2 = Discount(continuation.Values);
        var unigram = Unigrams(continuation, vocabularySize);
        if (frequencyShare > 0)
        {
            MixFrequencies(unigram, triKeys, triCounts, frequencyShare);
        }

        var (contextTotal, contextTypes) = BigramContexts(continuation, vocabularySize);
        double Gamma2(int v) => contextTotal[v] == 0 ? 1.0 : d2 * contextTypes[v] / contextTotal[v];
        double P2(int v, int w) =>
            (contextTotal[v] == 0 ? 0 : Math.Max(continuation.GetValueOrDefault(NGramModel.Key2(v, w)) - d2, 0) / contextTotal[v])
            + Gamma2(v) * unigram[w];

        // Trigram contexts u v: total count and number of distinct followers, from the sorted runs.
        var contexts = new Dictionary<ulong, (long Total, int Types)>();
        for (var i = 0; i < triKeys.Length; i++)
        {
            var uv = triKeys[i] >> 16;
            var c = contexts.GetValueOrDefault(uv);
            contexts[uv] = (c.Total + triCounts[i], c.Types + 1);
        }

        var trigramKeys = new List<ulong>();
        var trigramScore = new List<byte>();
        for (var i = 0; i < triKeys.Length; i++)
        {
            if (triCounts[i] < minTrigramCount)
            {
                continue;
            }

            var key = triKeys[i];
            var (v, w) = ((int)((key >> 16) & 0xFFFF), (int)(key & 0xFFFF));
            var ctx = contexts[key >> 16];
            var p = (Math.Max(triCounts[i] - d3, 0) / ctx.Total) + (d3 * ctx.Types / ctx.Total * P2(v, w));
            trigramKeys.Add(key);
            trigramScore.Add(NGramModel.Quantise(Math.Log(p)));
        }

        var bigramKeys = continuation.Keys.Union(contexts.Keys).Order().ToArray();
        var bigramScore = new byte[bigramKeys.Length];
        var bigramBackoff = new byte[bigramKeys.Length];
        for (var i = 0; i < bigramKeys.Length; i++)
        {
            var (v, w) = ((int)(bigramKeys[i] >> 16), (int)(bigramKeys[i] & 0xFFFF));
            bigramScore[i] = NGramModel.Quantise(Math.Log(P2(v, w)));
            bigramBackoff[i] = contexts.TryGetValue(bigramKeys[i], out var ctx)
                ? NGramModel.Quantise(Math.Log(d3 * ctx.Types / ctx.Total))
                : (byte)0;
        }

        var unigramScore = unigram.Select(p => NGramModel.Quantise(Math.Log(p))).ToArray();
        var unigramBackoff = Enumerable.Range(0, vocabularySize).Select(v => NGramModel.Quantise(Math.Log(Gamma2(v)))).ToArray();
        return new NGramData(unigramScore, unigramBackoff, bigramKeys, bigramScore, bigramBackoff, [.. trigramKeys], [.. trigramScore]);
    }

    private static (ulong[] Keys, int[] Counts) RunLengths(long[] sorted)
    {
        var keys = new List<ulong>();
        var counts = new List<int>();
        for (var i = 0; i < sorted.Length;)
        {
            var j = i;
            while (j < sorted.Length && sorted[j] == sorted[i])
            {
                j++;
            }

            keys.Add((ulong)sorted[i]);
            counts.Add(j - i);
            i = j;
        }

        return ([.. keys], [.. counts]);
    }

    private static double Discount(IEnumerable<int> counts)
    {
        long n1 = 0, n2 = 0;
        foreach (var c in counts)
        {
            n1 += c == 1 ? 1 : 0;
            n2 += c == 2 ? 1 : 0;
        }

        return n1 + n2 == 0 ? 0.75 : (double)n1 / (n1 + (2 * n2));
    }

    // P1(w) = distinct left neighbours of w / bigram types, with add-0.5 smoothing so no word scores zero.
    private static double[] Unigrams(Dictionary<ulong, int> continuation, int vocabularySize)
    {
        var left = new double[vocabularySize];
        foreach (var key in continuation.Keys)
        {
            left[(int)(key & 0xFFFF)]++;
        }

        var total = left.Sum() + (0.5 * vocabularySize);
        return [.. left.Select(n => (n + 0.5) / total)];
    }

    // P1(w) = (1 − share) · continuation + share · relative frequency (add-0.5 smoothed): a word seen after few distinct
    // words in the corpus (phường, written after a comma in "xã, phường, thị trấn") keeps a backoff score near its
    // frequency where a report writes it after others ("của phường").
    private static void MixFrequencies(double[] unigram, ulong[] triKeys, int[] triCounts, double share)
    {
        var counts = new double[unigram.Length];
        for (var i = 0; i < triKeys.Length; i++)
        {
            counts[(int)(triKeys[i] & 0xFFFF)] += triCounts[i];
        }

        var total = counts.Sum() + (0.5 * unigram.Length);
        for (var w = 0; w < unigram.Length; w++)
        {
            unigram[w] = ((1 - share) * unigram[w]) + (share * (counts[w] + 0.5) / total);
        }
    }

    private static (long[] Total, int[] Types) BigramContexts(Dictionary<ulong, int> continuation, int vocabularySize)
    {
        var total = new long[vocabularySize];
        var types = new int[vocabularySize];
        foreach (var (key, count) in continuation)
        {
            var v = (int)(key >> 16);
            total[v] += count;
            types[v]++;
        }

        return (total, types);
    }
}
