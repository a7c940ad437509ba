using System.Text;
using Microsoft.Extensions.ObjectPool;
using TongHop.Core.Documents;
using TongHop.Core.Text;
using TongHop.Repair.Decoding;
using TongHop.Repair.Names;
using TongHop.Repair.Tokenization;
using TongHop.Text.Normalization;
using TongHop.Text.Syllables;

namespace TongHop.Repair;

/// <summary>
/// Restores Vietnamese garbled by an English OCR ("Két qua trién khai" → "Kết quả triển khai") with a
/// noisy-channel decoder: candidate syllables per token from the OCR confusion model, chosen jointly by a
/// syllable trigram model over the whole document. Lines are kept one for one; numbers, symbols, URLs and
/// abbreviations are kept (with Đ restored inside symbols); clean lines pass unchanged.
/// Immutable and thread-safe: one instance can serve every thread.
/// </summary>
public sealed class VietnameseTextRepairer : ITextRepairer
{
    private static readonly Lazy<VietnameseTextRepairer> LazyDefault = new(() => new VietnameseTextRepairer(RepairModel.Default));

    private readonly RepairModel model;
    private readonly RepairOptions options;
    private readonly BeamDecoder decoder;
    private readonly RepairOptions vietnameseOcrOptions;
    private readonly BeamDecoder vietnameseOcrDecoder;
    private readonly TokenOptionCache optionCache = new();
    private readonly TokenOptionCache vietnameseOcrOptionCache = new();
    private readonly RepairOptions noisyVietnameseOcrOptions;
    private readonly BeamDecoder noisyVietnameseOcrDecoder;
    private readonly TokenOptionCache noisyVietnameseOcrOptionCache = new();

    // A builder keeps its lattice's storage between documents, a document cache its tables: no large arrays to allocate
    // and fault in each time. The pools hand them out without a lock (a ConcurrentBag locked on every take of its last
    // item: 1 % of extract's time on two threads).
    private readonly ObjectPool<LatticeBuilder> builders;
    private readonly ObjectPool<LatticeBuilder> vietnameseOcrBuilders;
    private readonly ObjectPool<LatticeBuilder> noisyVietnameseOcrBuilders;
    private readonly ObjectPool<DocumentCache> caches;

    // The word pairs each English-OCR document starts with (CatalogPhrases): the shipped catalog's, and those of phrases
    // given to WithPhrases.
    private readonly ulong[] seedPairs;

    /// <summary>Creates a repairer over a loaded model.</summary>
    public VietnameseTextRepairer(RepairModel model, RepairOptions? options = null)
        : this(model, options, [])
    {
    }

    private VietnameseTextRepairer(RepairModel model, RepairOptions? options, IReadOnlyCollection<string> phrases)
    {
        ArgumentNullException.ThrowIfNull(model);
        this.model = model;
        this.options = options ?? new RepairOptions();
        seedPairs = phrases.Count == 0
            ? model.CatalogPairs
            : [.. model.CatalogPairs.Union(CatalogPhrases.Pairs(phrases, [], model.LanguageModel.Vocabulary)).Order()];
        var priorWeight = this.options.WordPriorWeight;
        decoder = new BeamDecoder(
            model.LanguageModel, this.options.BeamWidth, this.options.LmWeight, this.options.CacheBonus, this.options.BeamThreshold, this.options.WordCacheBonus,
            priorWeight > 0 ? Array.ConvertAll(model.WordPrior, p => p * priorWeight) : null,
            this.options.BeamWordCap);
        vietnameseOcrOptions = this.options with { LmWeight = this.options.VietnameseOcrLmWeight };
        vietnameseOcrDecoder = new BeamDecoder(
            model.LanguageModel, this.options.BeamWidth, vietnameseOcrOptions.LmWeight, this.options.CacheBonus, this.options.BeamThreshold);
        noisyVietnameseOcrOptions = this.options with { LmWeight = this.options.NoisyVietnameseOcrLmWeight };
        noisyVietnameseOcrDecoder = new BeamDecoder(
            model.LanguageModel, this.options.BeamWidth, noisyVietnameseOcrOptions.LmWeight, this.options.CacheBonus, this.options.BeamThreshold);
        builders = Pool(() => new LatticeBuilder(model, this.options, optionCache, OcrChannel.EnglishOcr), b => b.Clear());
        vietnameseOcrBuilders = Pool(
            () => new LatticeBuilder(model, vietnameseOcrOptions, vietnameseOcrOptionCache, OcrChannel.VietnameseOcr), b => b.Clear());
        noisyVietnameseOcrBuilders = Pool(
            () => new LatticeBuilder(model, noisyVietnameseOcrOptions, noisyVietnameseOcrOptionCache, OcrChannel.VietnameseOcr, noisy: true),
            b => b.Clear());
        caches = Pool(() => new DocumentCache(this.options.ConfidentCost, model.LanguageModel.Vocabulary.FirstSyllable, model.LanguageModel.Vocabulary.Count));
    }

    private static DefaultObjectPool<T> Pool<T>(Func<T> create, Action<T>? reset = null)
        where T : class => new(new Policy<T>(create, reset));

    private sealed class Policy<T>(Func<T> create, Action<T>? reset) : PooledObjectPolicy<T>
        where T : notnull
    {
        public override T Create() => create();

        public override bool Return(T obj)
        {
            reset?.Invoke(obj);
            return true;
        }
    }

    /// <summary>
    /// This repairer with more phrases reports write (an indicator's name or phrasing an administrator added to the
    /// catalog in the database): their word pairs join the shipped catalog's that every English-OCR document starts with
    /// (<see cref="CatalogPhrases"/>), so the words of a new indicator come back from OCR's garble as its phrasing writes
    /// them. Phrases of one word say nothing and are skipped.
    /// </summary>
    public VietnameseTextRepairer WithPhrases(IEnumerable<string> phrases)
    {
        ArgumentNullException.ThrowIfNull(phrases);
        return new VietnameseTextRepairer(model, options, [.. phrases]);
    }

    /// <summary>The word pairs every English-OCR document starts with (tests).</summary>
    internal IReadOnlyList<ulong> SeedPairs => seedPairs;

    /// <summary>The repairer over the shipped model, loaded on first use.</summary>
    public static VietnameseTextRepairer Default => LazyDefault.Value;

    /// <inheritdoc />
    public RepairResult Repair(string text) => Repair(text, OcrChannel.EnglishOcr);

    /// <summary>
    /// Repairs text that came from <paramref name="textFrom"/> (<see cref="SourceText.TextFrom"/>): TongHop's own OCR
    /// (<c>ocr</c>, Tesseract's Vietnamese model) gets the Vietnamese-OCR channel, unless it reads as English-OCR garble;
    /// any other text the English-OCR repair, which leaves clean text alone.
    /// </summary>
    public RepairResult Repair(string text, string textFrom) =>
        Repair(text, string.Equals(textFrom, "ocr", StringComparison.Ordinal) ? OcrChannel.VietnameseOcr : OcrChannel.EnglishOcr);

    /// <summary>
    /// Repairs <paramref name="text"/> as the output of <paramref name="channel"/>. English-OCR repair touches only lines that
    /// read as garbled; Vietnamese-OCR repair reads every line (a word is changed only where the language model outweighs
    /// the cost of the OCR having erred) and first puts back digits read as look-alike letters inside numbers ("l6" = 16).
    /// A text that reads as English-OCR garble is repaired as such whatever the channel.
    /// </summary>
    public RepairResult Repair(string text, OcrChannel channel)
    {
        ArgumentNullException.ThrowIfNull(text);
        // A thread's token lists are kept for its next document (a quarter of repair's allocations were new lists, one a
        // line); one that throws keeps none.
        var kept = keptTokenLists ?? [];
        keptTokenLists = null;
        var result = Repair(text, channel, ref kept);
        keptTokenLists = kept;
        return result;
    }

    // At most this many lines' token lists are kept between documents (a longer document makes the rest anew): a few
    // hundred KiB a thread at most.
    private const int MaxKeptTokenLists = 1024;

    [ThreadStatic]
    private static List<RepairToken>[]? keptTokenLists;

    private RepairResult Repair(string text, OcrChannel channel, ref List<RepairToken>[] kept)
    {
        var nfc = VietnameseText.Nfc(text);
        var lines = nfc.Split('\n');
        var tokens = new List<RepairToken>[lines.Length];
        var counts = new LineAssessment.Counts[lines.Length];
        var document = default(LineAssessment.Counts);
        if (kept.Length < Math.Min(lines.Length, MaxKeptTokenLists))
        {
            Array.Resize(ref kept, Math.Min(Math.Max(lines.Length, kept.Length * 2), MaxKeptTokenLists));
        }

        for (var i = 0; i < lines.Length; i++)
        {
            // A token is a run between blanks: the blanks bound their number, and the list never grows.
            var capacity = lines[i].AsSpan().Count(' ') + lines[i].AsSpan().Count('\t') + 1;
            if (i < kept.Length)
            {
                tokens[i] = kept[i] ??= new List<RepairToken>(capacity);
                tokens[i].Clear();
                tokens[i].EnsureCapacity(capacity);
            }
            else
            {
                tokens[i] = new List<RepairToken>(capacity);
            }

            LineTokenizer.Tokenize(lines[i], tokens[i]);
            counts[i] = LineAssessment.Count(lines[i], tokens[i]);
            document = document.Add(counts[i]);
        }

        var garbled = LineAssessment.IsGarbled(document);
        if (channel == OcrChannel.VietnameseOcr && !garbled)
        {
            return RepairVietnameseOcr(nfc, lines, tokens);
        }

        // A garbled report's section numerals run I, II, III… like any other's: "IL." and "VL." after "I." and "V." are
        // II and VI (English OCR reads a serif I as L); its header's motto is the law's, word for word, its number's label
        // "Số", a quarter's numeral is I to IV ("quy IIT" is quý III), and a horn read as an apostrophe that ran two words
        // together is split ("SO'Y TE" is SỞ Y TẾ). Clean text is left as its author wrote it.
        var rewritten = false;
        if (garbled)
        {
            foreach (var i in SectionNumerals.Restore(lines))
            {
                rewritten = true;
                Retokenize(lines, tokens, i);
                counts[i] = LineAssessment.Count(lines[i], tokens[i]);
            }

            // The line keeps its assessment: a header line whose agency is garbled still needs repair after its motto.
            foreach (var i in NationalMotto.Restore(lines).Union(DocumentNumberLabel.Restore(lines)).Union(QuarterNumerals.Restore(lines))
                .Union(HornApostrophe.Restore(lines)))
            {
                rewritten = true;
                Retokenize(lines, tokens, i);
            }
        }

        var repair = counts.Select(c => LineAssessment.NeedsRepair(c, garbled)).ToArray();
        var restored = repair.Any(r => r) ? Restore(lines, tokens, repair, OcrChannel.EnglishOcr)
            : rewritten ? string.Join('\n', lines) : nfc;
        return new RepairResult(restored, !string.Equals(restored, nfc, StringComparison.Ordinal), TextQuality.Measure(nfc));
    }

    private RepairResult RepairVietnameseOcr(string nfc, string[] lines, List<RepairToken>[] tokens)
    {
        // Tesseract's own slips, mended before decoding where the text alone makes them certain: digits read as letters
        // inside numbers, a document number's lost slashes, marked vowels read as capitals, section numerals that break
        // their sequence, the words of a date line ("ngủv 14 thủng 2 ữm": ngày, tháng, năm), the semicolon ending an item
        // of the preamble or of the recipients' list, the dash opening a list item read as "~" or "¬".
        for (var i = 0; i < lines.Length; i++)
        {
            var mended = CaseSlips.Restore(DocumentNumberSlashes.Restore(DigitLookAlikes.Restore(lines[i])));
            if (!ReferenceEquals(mended, lines[i]))
            {
                lines[i] = mended;
                Retokenize(lines, tokens, i);
            }
        }

        foreach (var i in SectionNumerals.Restore(lines).Union(DateLineWords.Restore(lines)).Union(ItemSemicolons.Restore(lines))
            .Union(LineRewrites.Apply(lines, ListDashes.Restore)))
        {
            Retokenize(lines, tokens, i);
        }

        // A document that reads badly (a photocopy's broken strokes: marks lost, a read u) trusts the language model more;
        // clean and ordinary scans keep the cautious weight, so a correct but rare phrase is not rewritten. Its words read
        // in capitals amid small letters are put in small letters (an abbreviation such as "trực thuộc TƯ" would be too,
        // so a text that reads well keeps them), as are its common words read capitalised inside a sentence ("phạm Vi
        // quản lý": a given name between small words would be too), and its lines that hold no word at all (read from a seal, a signature,
        // specks) are emptied.
        var quality = TextQuality.Measure(nfc);
        var noisy = quality < options.NoisyVietnameseOcrQuality;
        var emptied = false;
        foreach (var i in noisy
            ? CaseSlips.RestoreCapitalWords(lines).Union(CaseSlips.RestoreTitleWords(lines, CapitalShare))
                .Union(LineRewrites.Apply(lines, BrokenOnes.Restore))
            : [])
        {
            Retokenize(lines, tokens, i);
        }

        for (var i = 0; noisy && i < lines.Length; i++)
        {
            if (NoiseLines.IsNoise(lines[i], tokens[i], model.LanguageModel.Vocabulary))
            {
                lines[i] = string.Empty;
                Retokenize(lines, tokens, i);
                emptied = true;
            }
        }

        var repair = lines.Select(l => l.Length > 0).ToArray();
        var restored = repair.Any(r => r) ? Restore(lines, tokens, repair, OcrChannel.VietnameseOcr, noisy)
            : emptied ? string.Join('\n', lines) : nfc;
        return new RepairResult(restored, !string.Equals(restored, nfc, StringComparison.Ordinal), quality);
    }

    // How often the legal corpus writes a syllable capitalised after a word in small letters (RepairModel.CapitalShare).
    private float CapitalShare(string word) =>
        model.LanguageModel.Vocabulary.TryGetId(word, out var id) ? model.CapitalShare[id] : -1f;

    private static void Retokenize(string[] lines, List<RepairToken>[] tokens, int i)
    {
        tokens[i].Clear();
        LineTokenizer.Tokenize(lines[i], tokens[i]);
    }

    private string Restore(string[] lines, List<RepairToken>[] tokens, bool[] repair, OcrChannel channel, bool noisy = false)
    {
        noisy &= channel == OcrChannel.VietnameseOcr;
        var pool = noisy ? noisyVietnameseOcrBuilders : channel == OcrChannel.VietnameseOcr ? vietnameseOcrBuilders : builders;
        var builder = pool.Get();
        try
        {
            var beamDecoder = noisy ? noisyVietnameseOcrDecoder : channel == OcrChannel.VietnameseOcr ? vietnameseOcrDecoder : decoder;
            return Restore(lines, tokens, repair, builder, beamDecoder);
        }
        finally
        {
            pool.Return(builder);
        }
    }

    private string Restore(string[] lines, List<RepairToken>[] tokens, bool[] repair, LatticeBuilder builder, BeamDecoder beamDecoder)
    {
        // Page numbers are dropped (the line stays, empty) and end the paragraph for the language model.
        var pageNumbers = PageNumbers.Find(lines, repair);
        var positions = new int[lines.Length][];
        for (var i = 0; i < lines.Length; i++)
        {
            if (pageNumbers[i])
            {
                (lines[i], tokens[i]) = (string.Empty, []);
            }

            positions[i] = builder.AddLine(lines[i], tokens[i], repair[i], repair[i] ? PersonNames.NameStart(lines, i, tokens[i]) : -1);
        }

        var chosen = ChooseOptions(builder.Lattice, beamDecoder);

        var output = new StringBuilder(lines.Sum(l => l.Length + 1));
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                output.Append('\n');
            }

            AppendLine(output, lines[i], tokens[i], positions[i], repair[i], builder.Lattice, chosen);
        }

        // A combining mark the OCR left after a rewritten letter must compose with it: the output is NFC too.
        return VietnameseText.Nfc(output.ToString());
    }

    // With the document cache, what earlier paragraphs read cleanly helps later ones. On Tesseract-Vietnamese text a
    // choice counts as clean up to the earlier 2 nats (the 3 of English OCR's garble was measured there only).
    private int[] ChooseOptions(Lattice lattice, BeamDecoder beamDecoder)
    {
        if (options.CacheBonus <= 0)
        {
            return beamDecoder.Decode(lattice, null);
        }

        var confidentCost = ReferenceEquals(beamDecoder, vietnameseOcrDecoder) ? VietnameseOcrConfidentCost : options.ConfidentCost;
        // English OCR's decoder starts each document with the indicator catalog's word pairs (CatalogPhrases); Tesseract's
        // Vietnamese text, which seldom misreads a word, is repaired as before.
        var seed = ReferenceEquals(beamDecoder, decoder) ? seedPairs : [];
        var cache = caches.Get().Reuse(confidentCost, seed, options.CatalogPairRepeats);
        try
        {
            return beamDecoder.Decode(lattice, cache);
        }
        finally
        {
            caches.Return(cache);
        }
    }

    private const float VietnameseOcrConfidentCost = 2f;

    private void AppendLine(
        StringBuilder output, string line, List<RepairToken> tokens, int[] positions, bool repair, Lattice lattice, int[] chosen)
    {
        if (!repair)
        {
            output.Append(line);
            return;
        }

        var copied = 0;
        var capitalLine = CasePattern.IsCapitalLine(line, tokens);
        for (var t = 0; t < tokens.Count; t++)
        {
            var token = tokens[t];
            var replacement = Replacement(line, tokens, t, positions[t], lattice, chosen, capitalLine);
            if (replacement is null)
            {
                continue;
            }

            output.Append(line, copied, token.CoreStart - copied).Append(replacement);
            copied = token.CoreStart + token.CoreLength;
        }

        output.Append(line, copied, line.Length - copied);
    }

    private string? Replacement(string line, List<RepairToken> tokens, int t, int position, Lattice lattice, int[] chosen, bool capitalLine)
    {
        var words = model.LanguageModel.Vocabulary.Words;
        var token = tokens[t];
        if (position < 0)
        {
            return null;
        }

        if (token.Kind == TokenKind.Symbol)
        {
            var core = line.Substring(token.CoreStart, token.CoreLength);
            // "¢)" opening a line is the list marker c) (the tokenizer keeps a line's one-letter marker from the decoder;
            // ¢ stands for c or ê, and ê is no marker).
            if (core == "¢")
            {
                return "c";
            }

            var restored = SymbolRepair.Restore(core);
            return ReferenceEquals(restored, core) ? null : restored;
        }

        var option = lattice.Options[chosen[position]];
        if (token.Kind == TokenKind.Number && !option.Rewrites)
        {
            // the lattice gave a Roman numeral its id too
            return RomanNumeralRestorer.Restore(line, tokens, t) ?? DecimalComma.Restore(line, tokens, t);
        }

        // A reading that only changes the case is no repair ("OA" of Zalo OA stays as written).
        if (!option.Rewrites || token.Core(line).Equals(words[option.WordId], StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var capitalNeighbour = capitalLine || (t > 0 && CasePattern.IsCapitalWord(tokens[t - 1].Core(line)))
            || (t + 1 < tokens.Count && CasePattern.IsCapitalWord(tokens[t + 1].Core(line)));
        return CasePattern.Apply(token.Core(line), words[option.WordId], capitalNeighbour);
    }

}
