using TongHop.Repair.LanguageModel;

namespace TongHop.Repair.Decoding;

/// <summary>
/// Beam search over a <see cref="Lattice"/> with a trigram language model: a hypothesis is the last two
/// words plus its score (LM log-probability × weight − channel costs). Hypotheses that share their last two
/// words are merged (Viterbi recombination), and only the best <see cref="BeamWidth"/> survive each position.
/// Stateless between calls; safe to share across threads.
/// </summary>
internal sealed class BeamDecoder(NGramModel model, int beamWidth = 12, float lmWeight = 1f)
{
    private readonly record struct Hypothesis(int U, int V, float Score, int Back, int Option);

    public int BeamWidth => beamWidth;

    /// <summary>The chosen option index (into <see cref="Lattice.Options"/>) for every position.</summary>
    public int[] Decode(Lattice lattice)
    {
        var history = new List<Hypothesis[]>(lattice.Positions.Count);
        var beam = new[] { new Hypothesis(Vocabulary.Start, Vocabulary.Start, 0, -1, -1) };
        var next = new List<Hypothesis>(beamWidth * 16);
        foreach (var (first, count) in lattice.Positions)
        {
            next.Clear();
            for (var h = 0; h < beam.Length; h++)
            {
                for (var o = first; o < first + count; o++)
                {
                    Extend(beam[h], h, o, lattice.Options[o], next);
                }
            }

            next.Sort((a, b) => b.Score.CompareTo(a.Score));
            beam = [.. next.Take(beamWidth)];
            history.Add(beam);
        }

        return Backtrack(history);
    }

    private void Extend(Hypothesis from, int fromIndex, int optionIndex, DecodeOption option, List<Hypothesis> next)
    {
        Hypothesis candidate;
        if (option.WordId == Lattice.ParagraphBreak)
        {
            var score = from.Score + (lmWeight * model.LogProb(from.U, from.V, Vocabulary.End));
            candidate = new Hypothesis(Vocabulary.Start, Vocabulary.Start, score, fromIndex, optionIndex);
        }
        else
        {
            var score = from.Score + (lmWeight * model.LogProb(from.U, from.V, option.WordId)) - option.Cost;
            candidate = new Hypothesis(from.V, option.WordId, score, fromIndex, optionIndex);
        }

        // Recombine: one hypothesis per (u, v) state, the better one wins.
        for (var i = 0; i < next.Count; i++)
        {
            if (next[i].U == candidate.U && next[i].V == candidate.V)
            {
                if (candidate.Score > next[i].Score)
                {
                    next[i] = candidate;
                }

                return;
            }
        }

        next.Add(candidate);
    }

    private static int[] Backtrack(List<Hypothesis[]> history)
    {
        var chosen = new int[history.Count];
        var index = 0;
        for (var p = history.Count - 1; p >= 0; p--)
        {
            var hypothesis = history[p][index];
            chosen[p] = hypothesis.Option;
            index = hypothesis.Back;
        }

        return chosen;
    }
}
