using TongHop.Repair.Decoding;
using TongHop.Repair.Tokenization;

namespace TongHop.Repair.Tests.Decoding;

public sealed class NumberRepairTests
{
    [Theory]
    [InlineData("dat 8.2% so voi", "8,2")]
    [InlineData("ty 1é 112.65%.", "112,65")]
    [InlineData("dat 99.,6%", "99,6")]
    [InlineData("cong nghiép 4.0 va", null)]
    [InlineData("86.342 ngudi", null)]
    [InlineData("tang 1.250%", null)]
    [InlineData("muc 3.5 diém", null)]
    public void DecimalComma_RestoresTheCommaOfAPercentageOnly(string line, string? expected)
    {
        var tokens = new List<RepairToken>();
        LineTokenizer.Tokenize(line, tokens);
        var number = tokens.First(t => t.Kind == TokenKind.Number);
        Assert.Equal(expected, DecimalComma.Restore(line, number));
    }

    [Theory]
    [InlineData("ngày l6/9/2025 của", "ngày 16/9/2025 của")]
    [InlineData("có I0 thôn, 0I tổ", "có 10 thôn, 01 tổ")]
    [InlineData("Số: Ø7/BC-UBND", "Số: 07/BC-UBND")]
    [InlineData("năm 2O25.", "năm 2025.")]
    [InlineData("mục II và lo lắng", "mục II và lo lắng")]
    [InlineData("Nghị quyết 57-NQ/TW", "Nghị quyết 57-NQ/TW")]
    [InlineData("lO người", "lO người")]
    public void DigitLookAlikes_PutsBackDigitsOnlyInsideNumbers(string line, string expected) =>
        Assert.Equal(expected, DigitLookAlikes.Restore(line));

    [Fact]
    public void PageNumbers_AreTheRunningSequenceBesideBlankLines()
    {
        string[] lines = ["Báo cáo", "", "2", "", "nội dung", "15", "", "3", "nội dung", "", "", "5", "", "9", ""];
        var found = PageNumbers.Find(lines, [.. lines.Select(_ => true)]);
        Assert.Equal([2, 7, 11], Enumerable.Range(0, lines.Length).Where(i => found[i]));
    }

    [Fact]
    public void PageNumbers_OnlyOnLinesBeingRepaired()
    {
        string[] lines = ["", "2", ""];
        Assert.DoesNotContain(true, PageNumbers.Find(lines, [false, false, false]));
    }
}
