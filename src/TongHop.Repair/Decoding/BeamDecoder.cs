using TongHop.Repair.LanguageModel;

namespace TongHop.Repair.Decoding;

/// <summary>
/// Beam search over a <see cref="Lattice"/> with a trigram language model: a hypothesis is the last two
/// words plus its score (LM log-probability × weight − channel costs). Extensions that reach the same last
/// two words are merged (Viterbi recombination) by grouping the beam on its last word, so a position costs
/// beam × options LM lookups and no pairwise comparisons. Only the best <c>beamWidth</c> hypotheses survive
/// each position. Stateless between calls; safe to share across threads.
/// </summary>
internal sealed class BeamDecoder(NGramModel model, int beamWidth = 12, float lmWeight = 1f, float cacheBonus = 1f)
{
    private const float PruneNats = 14f;

    private readonly record struct Hypothesis(int U, int V, float Score, int Back, int Option);

    /// <summary>The chosen option index (into <see cref="Lattice.Options"/>) for every position.</summary>
    public int[] Decode(Lattice lattice, DocumentCache? cache = null)
    {
        var positions = lattice.Positions;
        var history = new Hypothesis[positions.Count * beamWidth];
        var sizes = new int[positions.Count];
        Span<Hypothesis> beam = [new Hypothesis(Vocabulary.Start, Vocabulary.Start, 0, -1, -1)];
        var work = new Workspace(beamWidth, positions.Count == 0 ? 1 : positions.Max(p => p.Count));
        for (var p = 0; p < positions.Count; p++)
        {
            var next = history.AsSpan(p * beamWidth, beamWidth);
            sizes[p] = Step(beam, lattice, positions[p], next, work, cache);
            beam = next[..sizes[p]];
        }

        return Backtrack(history, sizes);
    }

    private int Step(
        ReadOnlySpan<Hypothesis> beam, Lattice lattice, (int First, int Count) position, Span<Hypothesis> next, Workspace work, DocumentCache? cache)
    {
        var options = lattice.Options;
        if (options[position.First].WordId == Lattice.ParagraphBreak)
        {
            return CloseParagraph(beam, position.First, next);
        }

        // Group the beam by its last word: extensions from the same last word land in the same state.
        var groups = 0;
        for (var h = 0; h < beam.Length; h++)
        {
            var g = 0;
            while (g < groups && work.GroupWord[g] != beam[h].V)
            {
                g++;
            }

            if (g == groups)
            {
                work.GroupWord[groups++] = beam[h].V;
            }

            work.HypothesisGroup[h] = g;
        }

        var cells = groups * position.Count;
        work.Best.AsSpan(0, cells).Fill(float.NegativeInfinity);
        // The bigram part of the backoff depends only on the group's last word: compute it once per group.
        for (var g = 0; g < groups; g++)
        {
            for (var o = 0; o < position.Count; o++)
            {
                var word = options[position.First + o].WordId;
                work.Bigram[(g * position.Count) + o] = model.LogProb(work.GroupWord[g], word, out var stored);
                work.BigramStored[(g * position.Count) + o] = stored;
                work.Bonus[(g * position.Count) + o] = cache is null || position.Count == 1 ? 0f : cache.Bonus(work.GroupWord[g], word, cacheBonus);
            }
        }

        // The beam is sorted best first and an LM score is never positive, so an extension whose score before
        // the LM already trails the best extension so far by more than the threshold cannot survive: skip it.
        var bestSoFar = float.NegativeInfinity;
        for (var h = 0; h < beam.Length; h++)
        {
            var from = beam[h];
            var row = work.HypothesisGroup[h] * position.Count;
            var backoff = model.ContextBackoff(from.U, from.V);
            for (var o = 0; o < position.Count; o++)
            {
                var option = options[position.First + o];
                if (from.Score - option.Cost < bestSoFar - PruneNats)
                {
                    continue;
                }

                var lm = work.BigramStored[row + o] && model.TryGetTrigram(from.U, from.V, option.WordId, out var trigram)
                    ? trigram
                    : backoff + work.Bigram[row + o];
                var score = from.Score + (lmWeight * lm) - option.Cost + work.Bonus[row + o];
                bestSoFar = MathF.Max(bestSoFar, score);
                if (score > work.Best[row + o])
                {
                    work.Best[row + o] = score;
                    work.BestFrom[row + o] = h;
                }
            }
        }

        return SelectTop(work, cells, position, options, next);
    }

    private int SelectTop(Workspace work, int cells, (int First, int Count) position, List<DecodeOption> options, Span<Hypothesis> next)
    {
        var kept = 0;
        for (var c = 0; c < cells; c++)
        {
            var score = work.Best[c];
            if (float.IsNegativeInfinity(score) || (kept == next.Length && score <= next[kept - 1].Score))
            {
                continue;
            }

            // Insertion into the small sorted beam (descending scores).
            var i = kept < next.Length ? kept++ : kept - 1;
            while (i > 0 && next[i - 1].Score < score)
            {
                next[i] = next[i - 1];
                i--;
            }

            var o = c % position.Count;
            next[i] = new Hypothesis(work.GroupWord[c / position.Count], options[position.First + o].WordId, score, work.BestFrom[c], position.First + o);
        }

        return kept;
    }

    // A paragraph ends: every hypothesis closes with </s> and all land in the one state (<s>, <s>).
    private int CloseParagraph(ReadOnlySpan<Hypothesis> beam, int option, Span<Hypothesis> next)
    {
        var best = float.NegativeInfinity;
        var from = 0;
        for (var h = 0; h < beam.Length; h++)
        {
            var score = beam[h].Score + (lmWeight * model.LogProb(beam[h].U, beam[h].V, Vocabulary.End));
            if (score > best)
            {
                (best, from) = (score, h);
            }
        }

        next[0] = new Hypothesis(Vocabulary.Start, Vocabulary.Start, best, from, option);
        return 1;
    }

    private int[] Backtrack(Hypothesis[] history, int[] sizes)
    {
        var chosen = new int[sizes.Length];
        var index = 0;
        for (var p = sizes.Length - 1; p >= 0; p--)
        {
            var hypothesis = history[(p * beamWidth) + index];
            chosen[p] = hypothesis.Option;
            index = hypothesis.Back;
        }

        return chosen;
    }

    private sealed class Workspace(int beamWidth, int maxOptions)
    {
        public int[] GroupWord { get; } = new int[beamWidth];
        public int[] HypothesisGroup { get; } = new int[beamWidth];
        public float[] Best { get; } = new float[beamWidth * maxOptions];
        public int[] BestFrom { get; } = new int[beamWidth * maxOptions];
        public float[] Bigram { get; } = new float[beamWidth * maxOptions];
        public float[] Bonus { get; } = new float[beamWidth * maxOptions];
        public bool[] BigramStored { get; } = new bool[beamWidth * maxOptions];
    }
}
