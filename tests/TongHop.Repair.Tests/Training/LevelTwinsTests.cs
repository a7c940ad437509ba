using TongHop.Repair.LanguageModel;
using TongHop.Repair.Training;

namespace TongHop.Repair.Tests.Training;

public sealed class LevelTwinsTests
{
    // The trigrams the twins of a line add, as words ("<s>" for a sentence start).
    private static string[] Added(string line)
    {
        var vocabulary = RepairModel.Default.LanguageModel.Vocabulary;
        var ids = new List<int> { Vocabulary.Start, Vocabulary.Start };
        LmTokenizer.AppendIds(vocabulary, line, ids, []);
        ids.Add(Vocabulary.End);
        var added = new List<string>();
        new LevelTwins(vocabulary).AddTrigrams(ids, (u, v, w) => added.Add($"{vocabulary.Words[u]} {vocabulary.Words[v]} {vocabulary.Words[w]}"));
        return [.. added];
    }

    [Fact]
    public void AddTrigrams_CountsTheWordsAroundTheCommuneLevelOnceMoreWithTheWard()
    {
        Assert.Equal(
            ["nhân dân phường", "dân phường đã", "phường đã giao"],
            Added("Ủy ban nhân dân xã đã giao chỉ tiêu cho từng thôn").Take(3));
        // A cooperative (hợp tác xã) and society (xã hội) are no level; the village of the same line is.
        var added = Added("Hợp tác xã và các xã vùng cao phát triển kinh tế - xã hội");
        Assert.Equal(["và các phường", "các phường vùng", "phường vùng cao"], added);
    }

    [Theory]
    [InlineData("Phát triển kinh tế - xã hội của địa phương.")]
    [InlineData("Thành lập hợp tác xã nông nghiệp.")]
    [InlineData("Các xã, phường, thị trấn báo cáo kết quả.")]
    [InlineData("Tỉnh có 96 đơn vị hành chính cấp cơ sở.")]
    public void AddTrigrams_AddsNothingWithoutACommuneLevelOrBesideAWard(string line) => Assert.Empty(Added(line));

    [Fact]
    public void AddTrigrams_ReadsTheLowlandVillageAsTheMountainOne() =>
        Assert.Equal(["các bản đã", "bản đã có"], Added("Các thôn đã có sóng").Skip(1));

    [Fact]
    public void AddTrigrams_ReadsTheWardAsTheCommuneToo() =>
        Assert.Equal(["công an xã", "an xã đã", "xã đã tuần"], Added("Công an phường đã tuần tra"));

    [Fact]
    public void Train_LearnsWhatFollowsTheWardFromTheCommunesLines()
    {
        // The corpus writes "của xã gồm" and never "của phường gồm"; the twins teach the ward's word the same neighbours,
        // and nothing else of their lines is counted twice.
        var dir = Directory.CreateTempSubdirectory("tonghop-lm-");
        try
        {
            var corpus = LanguageModelTrainerTests.WriteCorpus(
                dir, 60, "Bộ máy của xã gồm văn phòng và các phòng chuyên môn.",
                "Phương án của phương tiện được duyệt trước khi gồm đủ hồ sơ.", "Các phường báo cáo ủy ban.");

            NGramModel Trained(bool twins)
            {
                var output = Path.Combine(dir.FullName, twins ? "twins.lm" : "plain.lm");
                new LanguageModelTrainer(new LanguageModelTrainerOptions(PlaceNames: false, LevelTwins: twins)).Train(corpus, (string?)null, output);
                using var stream = File.OpenRead(output);
                return NGramModel.Read(stream);
            }

            var plain = Trained(twins: false);
            var twinned = Trained(twins: true);
            var v = twinned.Vocabulary;
            int[] ward = [v.IdOf("của"), v.IdOf("phường"), v.IdOf("gồm")];
            Assert.True(twinned.LogProb(ward[0], ward[1], ward[2]) > plain.LogProb(ward[0], ward[1], ward[2]) + 2);
            Assert.True(twinned.LogProb(v.IdOf("máy"), ward[0], ward[1]) > twinned.LogProb(v.IdOf("máy"), ward[0], v.IdOf("phương")));
            var commune = new[] { "văn", "phòng", "và" }.Select(v.IdOf).ToArray();
            Assert.InRange(twinned.LogProb(commune[0], commune[1], commune[2]) - plain.LogProb(commune[0], commune[1], commune[2]), -0.3f, 0.3f);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
