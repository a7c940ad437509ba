using System.Buffers;
using System.Runtime.InteropServices;
using TongHop.Repair.LanguageModel;

namespace TongHop.Repair.Decoding;

/// <summary>
/// Beam search over a <see cref="Lattice"/> with a trigram language model: a hypothesis is the last two
/// words plus its score (LM log-probability × weight − channel costs). Extensions that reach the same last
/// two words are merged (Viterbi recombination) by grouping the beam on its last word, so a position costs
/// beam × options LM lookups and no pairwise comparisons. Only the best <c>beamWidth</c> hypotheses survive
/// each position. Nothing of a call is kept but a thread's empty workspace; safe to share across threads.
/// </summary>
internal sealed class BeamDecoder(
    NGramModel model, int beamWidth = 10, float lmWeight = 1f, float cacheBonus = 1f, float threshold = 4f, float wordCacheBonus = 0f,
    float[]? wordPrior = null, int maxPerWord = 0)
{
    // At most this many kept hypotheses end in the same word (0: no limit).
    private readonly int wordCap = maxPerWord > 0 && maxPerWord < beamWidth ? maxPerWord : beamWidth;

    // The context (<s>, <s>) that every paragraph starts in.
    private readonly int startContext = model.BigramNumber(Vocabulary.Start, Vocabulary.Start);

    // Context: the number of the stored bigram (U, V), or −1; its trigrams are found without a search.
    private readonly record struct Hypothesis(int U, int V, float Score, int Back, int Option, int Context);

    /// <summary>
    /// The chosen option index (into <see cref="Lattice.Options"/>) for every position. With a
    /// <paramref name="cache"/>, each paragraph's confident readings are learnt as soon as the paragraph closes
    /// (its path is final there, since every hypothesis ends in the one (&lt;s&gt;, &lt;s&gt;) state), and earn
    /// their bonus in the paragraphs after it: one pass, no second decoding.
    /// </summary>
    public int[] Decode(Lattice lattice, DocumentCache? cache = null)
    {
        var positions = lattice.Positions;
        var chosen = new int[positions.Count];
        var history = ArrayPool<Hypothesis>.Shared.Rent(positions.Count * beamWidth);
        Span<Hypothesis> beam = [new Hypothesis(Vocabulary.Start, Vocabulary.Start, 0, -1, -1, startContext)];
        var maxOptions = 1;
        foreach (var (_, count) in positions)
        {
            maxOptions = Math.Max(maxOptions, count);
        }

        // A thread's workspace is kept for its next document (its cells were a tenth of repair's allocations); one of
        // another beam width or too few options is replaced. Every cell is empty again after a decoding (SelectTop resets
        // what Step wrote); one that threw is dropped.
        var work = cachedWorkspace is { } kept && kept.BeamWidth == beamWidth && kept.MaxOptions >= maxOptions
            ? kept
            : new Workspace(beamWidth, maxOptions);
        cachedWorkspace = null;
        var paragraphStart = 0;
        for (var p = 0; p < positions.Count; p++)
        {
            var next = history.AsSpan(p * beamWidth, beamWidth);
            beam = next[..Step(beam, lattice, p, next, work, cache)];
            PrefetchNext(beam, lattice, p + 1);
            if (lattice.Options[positions[p].First].WordId == Lattice.ParagraphBreak || p == positions.Count - 1)
            {
                Backtrack(history, paragraphStart, p, chosen);
                cache?.Learn(lattice, chosen, paragraphStart, p + 1);
                paragraphStart = p + 1;
            }
        }

        ArrayPool<Hypothesis>.Shared.Return(history);
        cachedWorkspace = work;
        return chosen;
    }

    // Follows the best hypothesis at position last back to position first.
    private void Backtrack(Hypothesis[] history, int first, int last, int[] chosen)
    {
        var index = 0;
        for (var p = last; p >= first; p--)
        {
            var hypothesis = history[(p * beamWidth) + index];
            chosen[p] = hypothesis.Option;
            index = hypothesis.Back;
        }
    }

    private int Step(
        ReadOnlySpan<Hypothesis> beam, Lattice lattice, int p, Span<Hypothesis> next, Workspace work, DocumentCache? cache)
    {
        var position = lattice.Positions[p];
        var options = CollectionsMarshal.AsSpan(lattice.Options).Slice(position.First, position.Count);
        if (options[0].WordId == Lattice.ParagraphBreak)
        {
            return CloseParagraph(beam, position.First, next);
        }

        var count = options.Length;
        var groupWord = work.GroupWord.AsSpan();
        var hypothesisGroup = work.HypothesisGroup.AsSpan(0, beam.Length);
        var groups = GroupByLastWord(beam, groupWord, hypothesisGroup);
        // One cell per (group, option), all of its data side by side: every cell starts as Cell.Empty and SelectTop
        // resets the cells it read.
        var cells = work.Cells.AsSpan(0, groups * count);

        // Few words end a cached pair: test each option's word once before probing the pairs per group.
        var mayEarnBonus = work.MayEarnBonus.AsSpan(0, count);
        var wordBonus = work.WordBonus.AsSpan(0, count);
        var bonusActive = false;
        var maxWordBonus = 0f;
        var maxPrior = 0f;
        if (cache is not null && count > 1)
        {
            for (var o = 0; o < count; o++)
            {
                mayEarnBonus[o] = cache.Ends(options[o].WordId);
                bonusActive |= mayEarnBonus[o];
                var prior = Prior(options[o].WordId);
                maxPrior = MathF.Max(maxPrior, prior);
                wordBonus[o] = cache.WordBonus(options[o].WordId, wordCacheBonus) + prior;
                maxWordBonus = MathF.Max(maxWordBonus, wordBonus[o]);
            }
        }
        else if (wordPrior is not null && count > 1)
        {
            for (var o = 0; o < count; o++)
            {
                wordBonus[o] = Prior(options[o].WordId);
                maxWordBonus = MathF.Max(maxWordBonus, wordBonus[o]);
                maxPrior = maxWordBonus;
            }
        }
        else
        {
            wordBonus.Clear();
            // A number read as nothing but a number still earns its pair with the word before it (a table's unit column,
            // "máy 52"): the bonus then tells the readings of that word apart.
            if (cache is not null && count == 1 && options[0].WordId == Vocabulary.Number)
            {
                mayEarnBonus[0] = cache.Ends(Vocabulary.Number);
                bonusActive = mayEarnBonus[0];
            }
        }

        // An extension's score is at most the hypothesis's score plus the option's ceiling (−cost + the best LM score
        // its word can get + the largest cache bonus).
        var maxBonus = (bonusActive ? DocumentCache.MaxRepeats * cacheBonus : 0f) + maxWordBonus;
        var touched = work.Touched.AsSpan(0, cells.Length);
        var touchedCount = 0;

        // The beam is sorted best first and an LM score is never positive, so an extension whose score before
        // the LM already trails the best extension so far by more than the threshold is taken not to survive; the
        // options are sorted by cost, so the hypothesis's later options are skipped too. An option whose ceiling
        // trails by as much is skipped alone (a word the LM never favours). (An exact floor under the beam, kept in a
        // min-heap of the first scores of the best cells, pruned too little beside this to pay for itself: 20 % slower.)
        // The bigram part of the backoff depends only on the group's last word: it is looked up once per group
        // and option, and only for extensions that are not skipped.
        var bestSoFar = float.NegativeInfinity;
        for (var h = 0; h < beam.Length; h++)
        {
            ref readonly var from = ref beam[h];
            var group = hypothesisGroup[h];
            var previous = groupWord[group];
            var row = group * count;
            var context = default(NGramContext);
            var contextKnown = false;
            for (var o = 0; o < count; o++)
            {
                ref readonly var option = ref options[o];
                // The word prior can lift a later option by up to maxPrior (at most its weight, 0.5 nats as shipped), so that much more
                // margin is left before the rest of the options are cut.
                if (from.Score - option.Cost + maxPrior < bestSoFar - threshold)
                {
                    break; // options are sorted by cost: the rest trail further
                }

                var ceiling = from.Score + option.Ceiling + maxBonus;
                if (ceiling < bestSoFar - threshold)
                {
                    continue;
                }

                ref var cell = ref cells[row + o];
                if (float.IsNaN(cell.Bigram))
                {
                    cell.Bigram = model.LogProb(previous, option.WordId, out cell.BigramNumber);
                    model.PrefetchContext(cell.BigramNumber); // the context of the next position, if kept
                    cell.Bonus = bonusActive && mayEarnBonus[o] ? cache!.Bonus(previous, option.WordId, cacheBonus) : 0f;
                }

                if (!contextKnown)
                {
                    context = model.Context(from.Context);
                    contextKnown = true;
                }

                // Every stored trigram's last two words are a stored bigram: an unseen bigram rules it out.
                if (cell.BigramNumber < 0 || !model.TryGetTrigram(context, option.WordId, out var lm))
                {
                    lm = context.Backoff + cell.Bigram;
                }

                var score = from.Score + (lmWeight * lm) - option.Cost + cell.Bonus + wordBonus[o];
                if (score > bestSoFar)
                {
                    bestSoFar = score;
                }

                if (score > cell.Best)
                {
                    if (float.IsNegativeInfinity(cell.Best))
                    {
                        touched[touchedCount++] = row + o;
                    }

                    cell.Best = score;
                    cell.From = h;
                }
            }
        }

        return SelectTop(touched[..touchedCount], cells, hypothesisGroup, groupWord, position.First, options, next, wordCap);
    }

    // The word prior of a word id (0 without one; the fixed head's ids and "keep as written" have 0 in the table).
    private float Prior(int word) => wordPrior is not null && (uint)word < (uint)wordPrior.Length ? wordPrior[word] : 0f;

    // Groups the beam by its last word: extensions from the same last word land in the same state.
    private static int GroupByLastWord(ReadOnlySpan<Hypothesis> beam, Span<int> groupWord, Span<int> hypothesisGroup)
    {
        var groups = 0;
        for (var h = 0; h < beam.Length; h++)
        {
            var word = beam[h].V;
            var g = 0;
            while (g < groups && groupWord[g] != word)
            {
                g++;
            }

            if (g == groups)
            {
                groupWord[groups++] = word;
            }

            hypothesisGroup[h] = g;
        }

        return groups;
    }

    // The best beam-width cells among those reached (only they hold a score), as the next beam, best first. The cells
    // read are reset for the next position (best to −∞, bigram to NaN), so no position clears all its cells.
    // With wordCap below the beam's width, at most wordCap kept hypotheses end in the same word: the beam keeps other
    // readings of the token whose context comes only after it ("quy III" is quý III, "của phuong gồm" phường), where
    // histories that differ only further back (one reading of the token, ten pasts) would have filled it.
    private static int SelectTop(
        ReadOnlySpan<int> reached, Span<Cell> cells, ReadOnlySpan<int> hypothesisGroup, ReadOnlySpan<int> groupWord, int firstOption,
        ReadOnlySpan<DecodeOption> options, Span<Hypothesis> next, int wordCap)
    {
        var kept = 0;
        var count = options.Length;
        foreach (var c in reached)
        {
            var cell = cells[c];
            cells[c] = Cell.Empty;
            var score = cell.Best;
            if (kept == next.Length && score <= next[kept - 1].Score)
            {
                continue;
            }

            var g = hypothesisGroup[cell.From]; // the cell's row, found without a division
            var o = c - (g * count);
            var word = options[o].WordId;
            if (wordCap < next.Length)
            {
                // The newcomer's word already ends wordCap kept hypotheses: it replaces the worst of them, or is dropped.
                var same = 0;
                var worst = -1;
                for (var k = 0; k < kept; k++)
                {
                    if (next[k].V == word)
                    {
                        same++;
                        worst = k;
                    }
                }

                if (same >= wordCap)
                {
                    if (score <= next[worst].Score)
                    {
                        continue;
                    }

                    // The newcomer takes the worst one's place: it goes before it (its score is higher), so the kept
                    // hypotheses between its place and the worst one's move down by one, and those after stay. One short
                    // loop instead of a removal (a Memmove call: 5 % of extract's time) and an insertion.
                    var at = worst;
                    while (at > 0 && next[at - 1].Score < score)
                    {
                        next[at] = next[at - 1];
                        at--;
                    }

                    next[at] = new Hypothesis(groupWord[g], word, score, cell.From, firstOption + o, cell.BigramNumber);
                    continue;
                }
            }

            // Insertion into the small sorted beam (descending scores).
            var i = kept < next.Length ? kept++ : kept - 1;
            while (i > 0 && next[i - 1].Score < score)
            {
                next[i] = next[i - 1];
                i--;
            }

            next[i] = new Hypothesis(groupWord[g], word, score, cell.From, firstOption + o, cell.BigramNumber);
        }

        return kept;
    }

    // The kept hypotheses are the contexts of the next position: their trigram runs are fetched ahead, and so are the
    // bigrams that its cheapest options will ask of each kept last word (a group of the next step). Those look-ups were
    // cache misses that set the decoder's speed (perf, 2026-12-07: the bigram searches and the dense rows' reads were
    // half of Step's samples, the trigram searches a tenth).
    private void PrefetchNext(ReadOnlySpan<Hypothesis> beam, Lattice lattice, int p)
    {
        foreach (ref readonly var hypothesis in beam)
        {
            model.Prefetch(hypothesis.Context);
        }

        if (p >= lattice.Positions.Count)
        {
            return;
        }

        var (first, count) = lattice.Positions[p];
        var options = CollectionsMarshal.AsSpan(lattice.Options).Slice(first, Math.Min(count, PrefetchedOptions));
        if (options[0].WordId == Lattice.ParagraphBreak)
        {
            return;
        }

        Span<int> words = stackalloc int[PrefetchedOptions];
        for (var o = 0; o < options.Length; o++)
        {
            words[o] = options[o].WordId;
        }

        words = words[..options.Length];

        for (var h = 0; h < beam.Length; h++)
        {
            var word = beam[h].V;
            var seen = false;
            for (var k = 0; k < h && !seen; k++)
            {
                seen = beam[k].V == word;
            }

            if (!seen)
            {
                model.PrefetchBigrams(word, words);
            }
        }
    }

    /// <summary>
    /// The bigrams of this many of a position's options (the cheapest: a hypothesis stops at the first that trails too far)
    /// are fetched ahead for each group.
    /// </summary>
    private const int PrefetchedOptions = 6;

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

        next[0] = new Hypothesis(Vocabulary.Start, Vocabulary.Start, best, from, option, startContext);
        return 1;
    }

    // The extensions of one (group, option) pair at a position: the best score and the hypothesis it came from, and
    // the pair's bigram look-up (NaN until made: its score, the stored bigram's number, the cache bonus).
    private struct Cell
    {
        public static readonly Cell Empty = new() { Best = float.NegativeInfinity, From = -1, Bigram = float.NaN, BigramNumber = -1 };

        public float Best;
        public int From;
        public float Bigram;
        public int BigramNumber;
        public float Bonus;
    }

    [ThreadStatic]
    private static Workspace? cachedWorkspace;

    private sealed class Workspace
    {
        public Workspace(int beamWidth, int maxOptions)
        {
            BeamWidth = beamWidth;
            MaxOptions = maxOptions;
            GroupWord = new int[beamWidth];
            HypothesisGroup = new int[beamWidth];
            Cells = new Cell[beamWidth * maxOptions];
            Cells.AsSpan().Fill(Cell.Empty);
            Touched = new int[beamWidth * maxOptions];
            MayEarnBonus = new bool[maxOptions];
            WordBonus = new float[maxOptions];
        }

        public int BeamWidth { get; }

        public int MaxOptions { get; }

        public int[] GroupWord { get; }
        public int[] HypothesisGroup { get; }
        public Cell[] Cells { get; }
        public int[] Touched { get; }
        public bool[] MayEarnBonus { get; }

        public float[] WordBonus { get; }
    }
}
