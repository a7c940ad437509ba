using TongHop.Repair.Decoding;

namespace TongHop.Repair.Tests.Decoding;

public sealed class DocumentCacheTests
{
    private const int First = 5;

    [Fact]
    public void WordBonus_GrowsWithConfidentReadings_AndIgnoresCostlyOnes()
    {
        var cache = new DocumentCache(maxCost: 2f, firstWord: First, vocabularySize: 100);
        var lattice = new Lattice();
        // word 20 read three times: twice fixed, once chosen cheaply among options; word 30 chosen once at a high cost
        lattice.Add(new DecodeOption(20, 0));
        lattice.Add(new DecodeOption(20, 0));
        lattice.Add([new DecodeOption(20, 0.5f), new DecodeOption(21, 1f)]);
        lattice.Add([new DecodeOption(30, 5f), new DecodeOption(31, 6f)]);
        int[] chosen = [0, 1, 2, 4];

        cache.Learn(lattice, chosen, 0, lattice.Positions.Count);

        Assert.Equal(0.5f * MathF.Log(4), cache.WordBonus(20, 0.5f), 4);
        Assert.Equal(0f, cache.WordBonus(21, 0.5f));   // offered, not chosen
        Assert.Equal(0f, cache.WordBonus(30, 0.5f));   // chosen, but not with confidence
        Assert.Equal(0f, cache.WordBonus(20, 0f));     // turned off
        Assert.True(cache.WordBonus(20, 0.5f) > 0);
    }

    [Fact]
    public void WordBonus_NoneForTheMostFrequentSyllables()
    {
        // The vocabulary numbers syllables most frequent first: the first few (và, của…) are read in every report.
        var cache = new DocumentCache(maxCost: 2f, firstWord: First, vocabularySize: 100);
        var lattice = new Lattice();
        for (var i = 0; i < 10; i++)
        {
            lattice.Add(new DecodeOption(First, 0));
            lattice.Add(new DecodeOption(First + DocumentCache.UnboostedWords - 1, 0));
            lattice.Add(new DecodeOption(First + DocumentCache.UnboostedWords, 0));
        }

        cache.Learn(lattice, [.. Enumerable.Range(0, lattice.Options.Count)], 0, lattice.Positions.Count);

        Assert.Equal(0f, cache.WordBonus(First, 0.5f));
        Assert.Equal(0f, cache.WordBonus(First + DocumentCache.UnboostedWords - 1, 0.5f));
        Assert.Equal(0.5f * MathF.Log(11), cache.WordBonus(First + DocumentCache.UnboostedWords, 0.5f), 4);
    }

    [Fact]
    public void WordBonus_StopsGrowingAtTheCap()
    {
        var cache = new DocumentCache(maxCost: 2f, firstWord: First, vocabularySize: 100);
        var lattice = new Lattice();
        for (var i = 0; i < DocumentCache.MaxWordCount + 20; i++)
        {
            lattice.Add(new DecodeOption(40, 0));
        }

        cache.Learn(lattice, [.. Enumerable.Range(0, lattice.Options.Count)], 0, lattice.Positions.Count);

        Assert.Equal(MathF.Log(1 + DocumentCache.MaxWordCount), cache.WordBonus(40, 1f), 4);
    }

    [Fact]
    public void Repair_WordsTheDocumentReadsOften_WinAmbiguousReadings()
    {
        // A ward's report that reads "phường" cleanly several times: a garbled "phuong" later is the ward, not "phương",
        // once the word cache weighs enough; without it the language model picks "phương".
        const string text = "Ủy ban nhân dân phường báo cáo kết quả của phường năm 2025 như sau.\n"
            + "Cán bộ phường và công chức phường đã tham gia.\nNhân dân phường đồng tình.\n\n"
            + "Nguoi dan phuong tham gia day du cac lop hoc\n";
        string LastLine(float bonus) =>
            new VietnameseTextRepairer(RepairModel.Default, new RepairOptions { WordCacheBonus = bonus }).Repair(text).Restored.Split('\n')[^2];

        Assert.Equal("Người dân phương tham gia đầy đủ các lớp học", LastLine(0f));
        Assert.Equal("Người dân phường tham gia đầy đủ các lớp học", LastLine(2f));
    }
    [Fact]
    public void Reuse_ForgetsTheLastDocument_AndTakesTheNewCost()
    {
        var cache = new DocumentCache(maxCost: 2f, firstWord: First, vocabularySize: 100);
        var lattice = new Lattice();
        lattice.Add(new DecodeOption(20, 0));
        lattice.Add([new DecodeOption(21, 0.5f), new DecodeOption(22, 1f)]);
        lattice.Add([new DecodeOption(23, 2.5f), new DecodeOption(24, 3f)]);
        cache.Learn(lattice, [0, 1, 3], 0, lattice.Positions.Count);
        Assert.True(cache.WordBonus(20, 1f) > 0 && cache.Ends(21) && cache.Bonus(20, 21, 1f) > 0);
        Assert.Equal(0f, cache.WordBonus(23, 1f)); // 2.5 nats is not confident at 2

        cache.Reuse(confidentCost: 3f);
        Assert.Equal(0f, cache.WordBonus(20, 1f));
        Assert.False(cache.Ends(21));
        Assert.Equal(0f, cache.Bonus(20, 21, 1f));

        cache.Learn(lattice, [0, 1, 3], 0, lattice.Positions.Count);
        Assert.True(cache.WordBonus(23, 1f) > 0); // confident at 3
    }

    [Fact]
    public void Repair_ADocumentReadsTheSame_AfterAnotherOneWarmedTheRepairersCaches()
    {
        const string ward = "Can bo phuong tham gia day du cac lop hoc\n";
        const string other = "Uy ban nhan dan phuong bao cao ket qua cua phuong.\nCan bo phuong va cong chuc phuong da tham gia.\n";
        var fresh = new VietnameseTextRepairer(RepairModel.Default, new RepairOptions { WordCacheBonus = 2f }).Repair(ward).Restored;
        var used = new VietnameseTextRepairer(RepairModel.Default, new RepairOptions { WordCacheBonus = 2f });
        used.Repair(other);
        Assert.Equal(fresh, used.Repair(ward).Restored);
    }
}
