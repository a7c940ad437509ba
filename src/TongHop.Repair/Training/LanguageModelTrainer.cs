using System.IO.Compression;
using System.Text;
using TongHop.Repair.LanguageModel;
using TongHop.Repair.Tokenization;
using TongHop.Text.Syllables;

namespace TongHop.Repair.Training;

/// <summary>
/// Trains the syllable trigram model (interpolated Kneser–Ney) from a gzipped corpus (one paragraph a line)
/// plus optional extra text files and the official place names (<see cref="PlacePhrases"/>), and writes the compact
/// binary model. Counting sorts packed n-gram keys
/// instead of filling hash maps, so 16 M tokens need about 150 MB and well under a minute.
/// This is what <c>./tonghop lm train --corpus FILE.gz [--extra DIR] --out FILE</c> runs.
/// </summary>
public sealed class LanguageModelTrainer
{
    private readonly LanguageModelTrainerOptions options;

    /// <summary>Creates a trainer.</summary>
    public LanguageModelTrainer(LanguageModelTrainerOptions? options = null) =>
        this.options = options ?? new LanguageModelTrainerOptions();

    /// <summary>Trains on <paramref name="corpusGz"/> and the *.txt files of <paramref name="extraDirectory"/>, writing <paramref name="output"/>.</summary>
    public TrainingSummary Train(string corpusGz, string? extraDirectory, string output, TextWriter? log = null) =>
        Train(corpusGz, extraDirectory is null ? [] : [extraDirectory], output, log);

    /// <summary>Trains on <paramref name="corpusGz"/> and the *.txt files of every folder of <paramref name="extraDirectories"/>, writing <paramref name="output"/>.</summary>
    public TrainingSummary Train(string corpusGz, IReadOnlyList<string> extraDirectories, string output, TextWriter? log = null)
    {
        ArgumentNullException.ThrowIfNull(extraDirectories);
        var text = ReadParagraphs(corpusGz, extraDirectories);
        log?.WriteLine("Counting words…");
        var vocabulary = BuildVocabulary(text());
        log?.WriteLine($"Vocabulary: {vocabulary.Count} words. Counting trigrams…");
        var (keys, tokens) = CollectTrigrams(vocabulary, text());
        log?.WriteLine($"{tokens:N0} tokens. Estimating Kneser–Ney…");
        var data = KneserNeyEstimator.Estimate(keys, vocabulary.Count, options.MinTrigramCount, options.UnigramFrequencyShare);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
        using (var stream = File.Create(output))
        {
            NGramModel.Write(stream, vocabulary.Words, data);
        }

        return new TrainingSummary(tokens, vocabulary.Count, data.BigramKeys.Length, data.TrigramKeys.Length, new FileInfo(output).Length);
    }

    private Func<IEnumerable<string>> ReadParagraphs(string corpusGz, IReadOnlyList<string> extraDirectories) => () =>
        ReadCorpus(corpusGz).Concat(extraDirectories.SelectMany(ReadExtra)).Concat(ReadPlaceNames().Select(PlaceLine));

    // Place-name lines are marked so that they get no level twins: a commune's name is no ward's.
    private const char PlaceMark = '\u0001';

    private static string PlaceLine(string line) => PlaceMark + line;

    // The official place and agency names, from the list shipped in TongHop.Text.
    private IEnumerable<string> ReadPlaceNames()
    {
        if (!options.PlaceNames)
        {
            yield break;
        }

        var lines = PlacePhrases.Lines(Text.Places.AdministrativeUnits.Official).Distinct(StringComparer.Ordinal).ToArray();
        for (var r = 0; r < PlacePhrases.Weight; r++)
        {
            foreach (var line in lines)
            {
                yield return line;
            }
        }
    }

    private static IEnumerable<string> ReadCorpus(string corpusGz)
    {
        using var file = File.OpenRead(corpusGz);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        while (reader.ReadLine() is { } line)
        {
            yield return line;
        }
    }

    // Domain text (report phrases, place names) is repeated so that a few hundred lines weigh against 16 M tokens. A file
    // whose first line is "# weight N" is counted N times instead (a long list of names must not drown the prose).
    private IEnumerable<string> ReadExtra(string directory)
    {
        foreach (var path in Directory.EnumerateFiles(directory, "*.txt").Order(StringComparer.Ordinal))
        {
            var all = File.ReadAllLines(path, Encoding.UTF8);
            var weight = all.Length > 0 && all[0].StartsWith("# weight ", StringComparison.Ordinal)
                && int.TryParse(all[0].AsSpan(9), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var w)
                ? w : options.ExtraWeight;
            var lines = all.Where(l => l.Length > 0 && l[0] != '#').ToArray();
            for (var r = 0; r < weight; r++)
            {
                foreach (var line in lines)
                {
                    yield return line;
                }
            }
        }
    }

    /// <summary>Fixed head, then the syllable inventory, then frequent non-syllable words (ubnd, hđnd…).</summary>
    private Vocabulary BuildVocabulary(IEnumerable<string> paragraphs)
    {
        var others = new Dictionary<string, int>(StringComparer.Ordinal);
        var tokens = new List<RepairToken>();
        foreach (var marked in paragraphs)
        {
            var line = marked.Length > 0 && marked[0] == PlaceMark ? marked[1..] : marked;
            tokens.Clear();
            LineTokenizer.Tokenize(line, tokens);
            foreach (var token in tokens)
            {
                if (token.Kind is TokenKind.Word or TokenKind.Symbol && token.CoreLength > 0)
                {
                    var core = token.Core(line);
                    if (WordShape.IsLetters(core))
                    {
                        var word = Vocabulary.Normalize(core);
                        if (!SyllableInventory.Default.Contains(word))
                        {
                            others[word] = others.GetValueOrDefault(word) + 1;
                        }
                    }
                }
            }
        }

        var words = Vocabulary.FixedHead().Concat(SyllableInventory.Default.Forms).ToList();
        words.AddRange(others.Where(p => p.Value >= options.MinOtherWordCount)
            .OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal)
            .Take(options.MaxOtherWords).Select(p => p.Key));
        return new Vocabulary(words);
    }

    private (long[] Keys, long Tokens) CollectTrigrams(Vocabulary vocabulary, IEnumerable<string> paragraphs)
    {
        var keys = new List<long>(1 << 24);
        var ids = new List<int>();
        var scratch = new List<RepairToken>();
        long tokens = 0;
        var twins = options.LevelTwins ? new LevelTwins(vocabulary) : null;
        void Add(int u, int v, int w) => keys.Add((long)NGramModel.Key3(u, v, w));
        foreach (var line in paragraphs)
        {
            if (line.Length == 0)
            {
                continue;
            }

            var place = line[0] == PlaceMark;
            ids.Clear();
            ids.Add(Vocabulary.Start);
            ids.Add(Vocabulary.Start);
            LmTokenizer.AppendIds(vocabulary, place ? line[1..] : line, ids, scratch);
            ids.Add(Vocabulary.End);
            tokens += ids.Count - 3;
            for (var i = 2; i < ids.Count; i++)
            {
                Add(ids[i - 2], ids[i - 1], ids[i]);
            }

            if (!place)
            {
                twins?.AddTrigrams(ids, Add);
            }
        }

        return ([.. keys], tokens);
    }
}
