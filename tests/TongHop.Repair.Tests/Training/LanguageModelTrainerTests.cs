using System.IO.Compression;
using System.Text;
using TongHop.Repair.LanguageModel;
using TongHop.Repair.Training;

namespace TongHop.Repair.Tests.Training;

public sealed class LanguageModelTrainerTests
{
    /// <summary>Writes <paramref name="lines"/>, <paramref name="repeats"/> times over, as a gzipped corpus in <paramref name="dir"/>.</summary>
    internal static string WriteCorpus(DirectoryInfo dir, int repeats, params string[] lines)
    {
        var corpus = Path.Combine(dir.FullName, "corpus.txt.gz");
        using var gz = new GZipStream(File.Create(corpus), CompressionLevel.Fastest);
        using var writer = new StreamWriter(gz, Encoding.UTF8);
        for (var i = 0; i < repeats; i++)
        {
            foreach (var line in lines)
            {
                writer.WriteLine(line);
            }
        }

        return corpus;
    }

    [Fact]
    public void Train_WritesAModelThatPrefersSeenSequences()
    {
        var dir = Directory.CreateTempSubdirectory("tonghop-lm-");
        try
        {
            var corpus = WriteCorpus(dir, 50, "Chuyển đổi số là nhiệm vụ trọng tâm của năm 2025.", "Ủy ban nhân dân xã báo cáo kết quả chuyển đổi số.");

            var output = Path.Combine(dir.FullName, "model.lm");
            var summary = new LanguageModelTrainer(new LanguageModelTrainerOptions(PlaceNames: false)).Train(corpus, (string?)null, output);
            Assert.True(summary.Trigrams > 10);

            using var stream = File.OpenRead(output);
            var model = NGramModel.Read(stream);
            var v = model.Vocabulary;
            var seen = model.LogProb(v.IdOf("chuyển"), v.IdOf("đổi"), v.IdOf("số"));
            var unseen = model.LogProb(v.IdOf("chuyển"), v.IdOf("đổi"), v.IdOf("sổ"));
            Assert.True(seen > unseen + 3, $"{seen} vs {unseen}");
            Assert.True(seen <= 0);

            // The decoder prunes with BestLogProb: it must bound every score the model gives, stored or backed off,
            // and the context look-up must find exactly the trigrams LogProb finds.
            var words = "chuyển đổi số là nhiệm vụ trọng tâm của năm ủy ban nhân dân xã báo cáo kết quả sổ".Split(' ').Select(v.IdOf).ToArray();
            foreach (var u in words)
            {
                foreach (var w2 in words)
                {
                    var context = model.Context(u, w2);
                    foreach (var w in words)
                    {
                        var score = model.LogProb(u, w2, w);
                        Assert.True(score <= model.BestLogProb(w) + 1e-4f, $"{v.Words[u]} {v.Words[w2]} {v.Words[w]}");
                        var expected = model.TryGetTrigram(context, w, out var trigram) ? trigram : context.Backoff + model.LogProb(w2, w);
                        Assert.Equal(expected, score);
                    }
                }
            }
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void DenseRow_GivesEverySuccessorItsStoredScoreAndBigramNumber()
    {
        // "của" before 240 different syllables has a run long enough for a dense row (NGramModel reads its bigrams by the
        // next word's id, number and score in one entry); "lập" before three keeps the binary search. Both must give a
        // distribution (the scores of every word after it sum to about 1) and the numbers of the stored bigrams, whose
        // trigrams (and no others) the decoder then reads; a word never seen after them has no bigram number.
        var dir = Directory.CreateTempSubdirectory("tonghop-lm-");
        try
        {
            var next = TongHop.Text.Syllables.SyllableInventory.Default.Forms
                .Where(f => f is not ("của" or "năm" or "lập" or "kế" or "hoạch"))
                .Take(240)
                .ToArray();
            // Each "của X" is followed by its own word (the next one of the list), so a wrong bigram number finds another run.
            var lines = next.Select((w, i) => $"của {w} {next[(i + 1) % next.Length]}").Concat(["lập kế hoạch", "lập năm", "lập của"]).ToArray();
            var output = Path.Combine(dir.FullName, "model.lm");
            new LanguageModelTrainer(new LanguageModelTrainerOptions(PlaceNames: false)).Train(WriteCorpus(dir, 3, lines), (string?)null, output);

            using var stream = File.OpenRead(output);
            var model = NGramModel.Read(stream);
            var v = model.Vocabulary;
            foreach (var word in new[] { "của", "lập" })
            {
                var id = v.IdOf(word);
                var sum = Enumerable.Range(0, v.Count).Sum(w => Math.Exp(model.LogProb(id, w)));
                Assert.InRange(sum, 0.85, 1.15);
            }

            var cua = v.IdOf("của");
            for (var i = 0; i < next.Length; i++)
            {
                var w = v.IdOf(next[i]);
                var after = v.IdOf(next[(i + 1) % next.Length]);
                var score = model.LogProb(cua, w, out var bigram);
                Assert.True(bigram >= 0, v.Words[w]);
                Assert.True(score < 0, v.Words[w]);
                Assert.True(model.TryGetTrigram(model.Context(bigram), after, out _), v.Words[w]);
                Assert.False(model.TryGetTrigram(model.Context(bigram), w, out _), v.Words[w]);
            }

            model.LogProb(cua, v.IdOf("hoạch"), out var unseen);
            Assert.Equal(-1, unseen);
            model.LogProb(v.IdOf("lập"), v.IdOf("kế"), out var seenAfterLap);
            Assert.True(seenAfterLap >= 0);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void Train_FrequencyShare_LiftsAWordSeenAfterFewWords()
    {
        // "phường" is written 100 times, always after a comma; "của phường" is never seen. Kneser–Ney's continuation
        // unigram rates it by its one left neighbour; a share of plain frequency lifts its score in a new context.
        var dir = Directory.CreateTempSubdirectory("tonghop-lm-");
        try
        {
            var corpus = Path.Combine(dir.FullName, "corpus.txt.gz");
            using (var gz = new GZipStream(File.Create(corpus), CompressionLevel.Fastest))
            using (var writer = new StreamWriter(gz, Encoding.UTF8))
            {
                for (var i = 0; i < 100; i++)
                {
                    writer.WriteLine("Các xã, phường, thị trấn báo cáo kết quả của năm.");
                    writer.WriteLine("Ủy ban nhân dân tỉnh chỉ đạo các sở và các huyện.");
                }
            }

            float Score(double share)
            {
                var output = Path.Combine(dir.FullName, $"model-{share}.lm");
                new LanguageModelTrainer(new LanguageModelTrainerOptions(PlaceNames: false, UnigramFrequencyShare: share)).Train(corpus, (string?)null, output);
                using var stream = File.OpenRead(output);
                var model = NGramModel.Read(stream);
                var v = model.Vocabulary;
                return model.LogProb(v.IdOf("kết"), v.IdOf("của"), v.IdOf("phường"));
            }

            Assert.True(Score(0.2) > Score(0) + 0.5, $"{Score(0.2)} vs {Score(0)}");
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void Train_CountsExtraFoldersByTheirWeightLine()
    {
        var dir = Directory.CreateTempSubdirectory("tonghop-lm-");
        try
        {
            var corpus = Path.Combine(dir.FullName, "corpus.txt.gz");
            using (var gz = new GZipStream(File.Create(corpus), CompressionLevel.Fastest))
            using (var writer = new StreamWriter(gz, Encoding.UTF8))
            {
                for (var i = 0; i < 40; i++)
                {
                    writer.WriteLine("Ủy ban nhân dân xã báo cáo kết quả thực hiện.");
                }
            }

            // Two extra folders: place names counted once each (their weight line), and domain text at the default weight.
            var places = Directory.CreateDirectory(Path.Combine(dir.FullName, "places"));
            File.WriteAllText(Path.Combine(places.FullName, "units.txt"), "# weight 1\nxã Hòa Lộc ban hành quyết định.\n");
            var domain = Directory.CreateDirectory(Path.Combine(dir.FullName, "domain"));
            File.WriteAllText(Path.Combine(domain.FullName, "phrases.txt"), "# a comment line\nxã Đồng Tâm ban hành kế hoạch.\n");

            var output = Path.Combine(dir.FullName, "model.lm");
            new LanguageModelTrainer(new LanguageModelTrainerOptions(PlaceNames: false)).Train(corpus, [places.FullName, domain.FullName], output);
            using var stream = File.OpenRead(output);
            var model = NGramModel.Read(stream);
            var v = model.Vocabulary;
            // The same context, "ban hành", followed 20 times by "kế" and once by "quyết".
            var heavy = model.LogProb(v.IdOf("ban"), v.IdOf("hành"), v.IdOf("kế"));
            var light = model.LogProb(v.IdOf("ban"), v.IdOf("hành"), v.IdOf("quyết"));
            Assert.True(light > model.LogProb(v.IdOf("ban"), v.IdOf("hành"), v.IdOf("tâm")), "a weight-1 line is still learnt");
            Assert.True(heavy > light + 1, $"{heavy} vs {light}: the default weight counts a line many times");
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void PlacePhrases_NameEveryUnitWithItsLevelAgencyAndDateLine()
    {
        var lines = PlacePhrases.Lines(Text.Places.AdministrativeUnits.Official).ToHashSet(StringComparer.Ordinal);
        Assert.Contains("xã Đồng Lộc, tỉnh Hà Tĩnh.", lines);
        Assert.Contains("Ủy ban nhân dân xã Đồng Lộc; UBND xã Đồng Lộc; Đảng ủy xã Đồng Lộc.", lines);
        Assert.Contains("Đồng Lộc, ngày", lines);
        Assert.Contains(lines, l => l.StartsWith("phường Trường Vinh, tỉnh Nghệ An", StringComparison.Ordinal));
        Assert.Contains("Bộ Khoa học và Công nghệ.", lines);
        Assert.True(lines.Count > 20_000, $"{lines.Count}");
    }

    [Fact]
    public void PlacePhrases_NameEveryProvinceWithItsAgencies()
    {
        var lines = PlacePhrases.Lines(Text.Places.AdministrativeUnits.Official).ToHashSet(StringComparer.Ordinal);
        Assert.Contains("tỉnh Lai Châu.", lines);
        Assert.Contains(
            "Ủy ban nhân dân tỉnh Lai Châu; UBND tỉnh Lai Châu; Hội đồng nhân dân tỉnh Lai Châu; Tỉnh ủy Lai Châu; Đảng bộ tỉnh Lai Châu.",
            lines);
        Assert.Contains(lines, l => l.Contains("Thành ủy Cần Thơ", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("Tỉnh ủy Cần Thơ", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("Tỉnh ủy Bắc Kạn", StringComparison.Ordinal)); // a former province
        Assert.Contains("Lai Châu, ngày", lines);
    }
}
