using System.Diagnostics;
using TongHop.Repair.Channel;
using TongHop.Repair.Decoding;
using TongHop.Repair.LanguageModel;

namespace TongHop.Repair;

/// <summary>
/// The trained parts the repairer needs: the syllable language model (<c>Model/vi-syllables.lm</c>) and the
/// OCR confusion model (<c>Model/confusion.tsv</c>), with the candidate index built over them.
/// Immutable after load and safe to share between threads.
/// </summary>
public sealed class RepairModel
{
    /// <summary>File name of the language model in the model folder.</summary>
    public const string LanguageModelFile = "vi-syllables.lm";

    /// <summary>File name of the confusion model in the model folder.</summary>
    public const string ConfusionFile = "confusion.tsv";

    /// <summary>File name of the Tesseract-Vietnamese confusion model in the model folder.</summary>
    public const string VietnameseOcrConfusionFile = "confusion-vie.tsv";

    /// <summary>File name of the syllables written capitalised far more often than not (place and person names).</summary>
    public const string ProperSyllablesFile = "proper-syllables.tsv";

    /// <summary>File name of the word prior: how much more often news text uses each syllable than the legal corpus.</summary>
    public const string WordPriorFile = "word-prior.tsv";

    /// <summary>File of -ln P(capitalised | syllable) where a sentence goes on (legal corpus; <c>tools/repair/make-case-prior.py</c>).</summary>
    public const string CasePriorFile = "case-prior.tsv";

    /// <summary>
    /// File name of the indicator catalog in the model folder: the same file as the extraction's
    /// (<c>src/TongHop.Extraction/Indicators/Catalog/indicator-catalog.json</c>, linked by the project), read for its phrases.
    /// </summary>
    public const string CatalogFile = "indicator-catalog.json";

    private static readonly Lazy<RepairModel> LazyDefault = new(() => Load(DefaultDirectory));

    private RepairModel(NGramModel languageModel, ConfusionModel confusion, ConfusionModel vietnameseOcrConfusion, IEnumerable<string> properSyllables, IEnumerable<(string Word, float Shift)> wordPrior, TimeSpan loadTime, string? catalogJson = null, IReadOnlyList<(string Word, float Shift)>? casePrior = null, IReadOnlyList<(string Word, float Share)>? capitalShares = null)
    {
        // The share of a syllable's mid-sentence uses written capitalised; -1 for one the case prior counted too seldom.
        CapitalShare = new float[languageModel.Vocabulary.Count];
        Array.Fill(CapitalShare, -1f);
        foreach (var (word, share) in capitalShares ?? [])
        {
            if (languageModel.Vocabulary.TryGetId(word, out var id))
            {
                CapitalShare[id] = share;
            }
        }

        // A syllable the file does not list was seldom written after a word in small letters: priced as the file's dearest.
        CapitalCost = new float[languageModel.Vocabulary.Count];
        if (casePrior is { Count: > 0 })
        {
            var unseen = casePrior.Max(p => p.Shift);
            Array.Fill(CapitalCost, unseen, languageModel.Vocabulary.FirstSyllable, CapitalCost.Length - languageModel.Vocabulary.FirstSyllable);
            foreach (var (word, cost) in casePrior)
            {
                if (languageModel.Vocabulary.TryGetId(word, out var id))
                {
                    CapitalCost[id] = cost;
                }
            }
        }

        WordPrior = new float[languageModel.Vocabulary.Count];
        foreach (var (word, shift) in wordPrior)
        {
            if (languageModel.Vocabulary.TryGetId(word, out var id) && id >= languageModel.Vocabulary.FirstSyllable)
            {
                WordPrior[id] = shift;
            }
        }

        ProperSyllables = new bool[languageModel.Vocabulary.Count];
        foreach (var syllable in properSyllables)
        {
            if (languageModel.Vocabulary.TryGetId(syllable, out var id))
            {
                ProperSyllables[id] = true;
            }
        }

        LanguageModel = languageModel;
        Confusion = confusion;
        VietnameseOcrConfusion = vietnameseOcrConfusion;
        Candidates = new CandidateGenerator(languageModel.Vocabulary, new ChannelScorer(confusion), hornedVowelKeys: true);
        VietnameseOcrCandidates = new CandidateGenerator(languageModel.Vocabulary, new ChannelScorer(vietnameseOcrConfusion), maxDistance: 1);
        NoisyVietnameseOcrCandidates = vietnameseOcrConfusion.Noisy is { } noisy
            ? VietnameseOcrCandidates.With(new ChannelScorer(noisy), maxDistance: 1)
            : VietnameseOcrCandidates;
        LoadTime = loadTime;
        CatalogPairs = catalogJson is null ? [] : CatalogPhrases.Pairs(catalogJson, languageModel.Vocabulary);
    }

    /// <summary>
    /// The indicator catalog's word pairs (<see cref="CatalogPhrases"/>) as document-cache keys: every English-OCR document
    /// starts with them, as if read once with confidence. Empty without the catalog file.
    /// </summary>
    internal ulong[] CatalogPairs { get; }

    /// <summary>The model shipped next to the assembly (loaded once, on first use).</summary>
    public static RepairModel Default => LazyDefault.Value;

    /// <summary>The <c>Model</c> folder copied to the build output.</summary>
    public static string DefaultDirectory => Path.Combine(AppContext.BaseDirectory, "Model");

    /// <summary>The syllable trigram model.</summary>
    public NGramModel LanguageModel { get; }

    /// <summary>The English-OCR confusion costs.</summary>
    public ConfusionModel Confusion { get; }

    /// <summary>The Tesseract-Vietnamese confusion costs.</summary>
    public ConfusionModel VietnameseOcrConfusion { get; }

    /// <summary>The confusion costs of a channel.</summary>
    public ConfusionModel ConfusionFor(OcrChannel channel) => channel == OcrChannel.VietnameseOcr ? VietnameseOcrConfusion : Confusion;

    /// <summary>The candidate generator over the model's syllables for English OCR's garble.</summary>
    public CandidateGenerator Candidates { get; }

    /// <summary>The candidate generator for the errors of Tesseract's Vietnamese model (tones, hooks).</summary>
    public CandidateGenerator VietnameseOcrCandidates { get; }

    /// <summary>
    /// The candidate generator for Tesseract-Vietnamese text that reads badly (a photocopy): priced by the confusion file's
    /// noisy rows (<see cref="ConfusionModel.Noisy"/>); the same as <see cref="VietnameseOcrCandidates"/> when it has none.
    /// </summary>
    public CandidateGenerator NoisyVietnameseOcrCandidates { get; }

    /// <summary>The candidate generator of a channel.</summary>
    public CandidateGenerator CandidatesFor(OcrChannel channel) => channel == OcrChannel.VietnameseOcr ? VietnameseOcrCandidates : Candidates;

    /// <summary>
    /// Per word id: whether the word is a syllable of names, written capitalised far more often than not (Đạ of Đạ Tẻh,
    /// Nhim, Chư), in the legal corpus and the official place names (<c>tools/repair/make-proper-syllables.py</c>).
    /// The language model is case-free; the OCR keeps case, so a lower-case token is seldom such a word.
    /// </summary>
    internal bool[] ProperSyllables { get; }

    /// <summary>
    /// Per word id: the natural log of how much more often news text uses the word than the legal corpus the language model
    /// learnt from (<c>tools/repair/make-word-prior.py</c>, from <c>shared/corpus/syllables.tsv</c>; boosts only, at most 1
    /// nat in the shipped table; 0 for a word law writes as often or more, and for a word not listed). Reports are written more like news than
    /// like law: phường, vào and chỉ tiêu are far more frequent there.
    /// </summary>
    internal float[] WordPrior { get; }

    /// <summary>
    /// Per word id, -ln P(written capitalised | the word, after a word in small letters) in nats (<see cref="CasePriorFile"/>;
    /// all 0 without it): English OCR keeps case, and mid-sentence a capital says Sở, Đảng rather than số, bảng.
    /// </summary>
    internal float[] CapitalCost { get; }

    /// <summary>
    /// Per word id, the share of the word's uses after a word in small letters that are written capitalised, counted in the
    /// legal corpus (<see cref="CasePriorFile"/>'s last two columns, not smoothed or capped: và 2 of 197,306, luật 27 %);
    /// −1 for a word counted fewer than 1,000 times there (too few to tell a share of one in a thousand) or without the file.
    /// </summary>
    internal float[] CapitalShare { get; }

    /// <summary>How long loading took (reported by the benchmark).</summary>
    public TimeSpan LoadTime { get; }

    /// <summary>Loads the two model files from <paramref name="directory"/>.</summary>
    public static RepairModel Load(string directory)
    {
        var watch = Stopwatch.StartNew();
        NGramModel lm;
        using (var stream = new BufferedStream(File.OpenRead(Path.Combine(directory, LanguageModelFile)), 1 << 16))
        {
            lm = NGramModel.Read(stream);
        }

        var proper = Path.Combine(directory, ProperSyllablesFile);
        var properSyllables = File.Exists(proper)
            ? File.ReadLines(proper).Where(l => l.Length > 0 && l[0] != '#').Select(l => l.Split('\t')[0]).ToArray()
            : [];
        var wordPrior = Priors(ReadRows(directory, WordPriorFile));
        var caseRows = ReadRows(directory, CasePriorFile); // read once: its costs are the case prior, its counts the capital shares
        var casePrior = Priors(caseRows);
        var capitalShares = CapitalShares(caseRows);
        var catalog = Path.Combine(directory, CatalogFile);
        var catalogJson = File.Exists(catalog) ? File.ReadAllText(catalog) : null;
        return new RepairModel(
            lm, ReadConfusion(directory, ConfusionFile), ReadConfusion(directory, VietnameseOcrConfusionFile), properSyllables, wordPrior,
            watch.Elapsed, catalogJson, casePrior, capitalShares);
    }

    // A share from fewer uses cannot tell one in a thousand (mi, 137 uses, none capitalised, is a name's syllable as often).
    private const int CapitalShareUses = 1000;

    // The case prior's counts (small, capitalised) as the capitalised share, for the syllables counted at least
    // CapitalShareUses times.
    private static (string Word, float Share)[] CapitalShares(string[][] rows)
    {
        var shares = new List<(string, float)>();
        foreach (var fields in rows)
        {
            if (fields.Length >= 4
                && long.TryParse(fields[2], System.Globalization.CultureInfo.InvariantCulture, out var small)
                && long.TryParse(fields[3], System.Globalization.CultureInfo.InvariantCulture, out var capitalised)
                && small + capitalised >= CapitalShareUses)
            {
                shares.Add((fields[0], (float)((double)capitalised / (small + capitalised))));
            }
        }

        return [.. shares];
    }

    // The rows of a tab-separated table of the model folder, split into fields (comment lines start with '#'); empty when
    // the folder has none.
    private static string[][] ReadRows(string directory, string file)
    {
        var path = Path.Combine(directory, file);
        return File.Exists(path)
            ? File.ReadLines(path).Where(l => l.Length > 0 && l[0] != '#').Select(l => l.Split('\t')).ToArray()
            : [];
    }

    // A word-and-number table's rows as (word, number).
    private static (string Word, float Shift)[] Priors(string[][] rows) =>
        [.. rows.Select(fields => (fields[0], float.Parse(fields[1], System.Globalization.CultureInfo.InvariantCulture)))];

    private static ConfusionModel ReadConfusion(string directory, string file)
    {
        using var reader = new StreamReader(Path.Combine(directory, file));
        return ConfusionModel.Read(reader);
    }
}
