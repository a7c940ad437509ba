using TongHop.Repair.Tokenization;

namespace TongHop.Repair.Tests.Tokenization;

public sealed class LineTokenizerTests
{
    [Theory]
    [InlineData("2025", TokenKind.Number)]
    [InlineData("16/9/2025", TokenKind.Number)]
    [InlineData("85,3", TokenKind.Number)]
    [InlineData("359-KH/TU", TokenKind.Symbol)]
    [InlineData("QD-UBND", TokenKind.Symbol)]
    [InlineData("HQC", TokenKind.Word)]
    [InlineData("BQL", TokenKind.Symbol)]
    [InlineData("UBND", TokenKind.Symbol)]
    [InlineData("KH&CN", TokenKind.Symbol)]
    [InlineData("VNeID", TokenKind.Symbol)]
    [InlineData("iOffice", TokenKind.Symbol)]
    [InlineData("4G", TokenKind.Symbol)]
    [InlineData("III", TokenKind.Symbol)]
    [InlineData("I11", TokenKind.Symbol)]
    [InlineData("16p", TokenKind.Word)]
    [InlineData("d61", TokenKind.Word)]
    [InlineData("sO", TokenKind.Word)]
    [InlineData("x25", TokenKind.Symbol)]
    [InlineData("s6", TokenKind.Word)]
    [InlineData("b9", TokenKind.Word)]
    [InlineData("d9i", TokenKind.Word)]
    [InlineData("K9", TokenKind.Symbol)]
    [InlineData("b99", TokenKind.Symbol)]
    [InlineData("9b", TokenKind.Symbol)]
    [InlineData("b69", TokenKind.Symbol)]
    [InlineData("1ap", TokenKind.Word)]
    [InlineData("d6i", TokenKind.Word)]
    [InlineData("x4", TokenKind.Word)]
    [InlineData("S&", TokenKind.Word)]
    [InlineData("1€", TokenKind.Word)]
    [InlineData("HQI", TokenKind.Word)]
    [InlineData("Két", TokenKind.Word)]
    [InlineData("TiNH", TokenKind.Word)]
    [InlineData("bOC", TokenKind.Word)]
    [InlineData("PbOC", TokenKind.Word)] // ĐỐC: a Đ read as two letters
    [InlineData("bPUQC", TokenKind.Word)]
    [InlineData("DPVT", TokenKind.Symbol)] // ĐVT, no syllable
    [InlineData("SG", TokenKind.Word)]
    [InlineData("ST", TokenKind.Symbol)]
    [InlineData("SGD", TokenKind.Symbol)]
    [InlineData("VNelD", TokenKind.Symbol)]
    [InlineData("BiH", TokenKind.Symbol)]
    [InlineData("k¥", TokenKind.Word)]
    [InlineData("s§", TokenKind.Word)]
    public void KindOf_ClassifiesCores(string core, TokenKind kind) => Assert.Equal(kind, LineTokenizer.KindOf(core));

    [Fact]
    public void Tokenize_KeepsSymbolsThatStandForLettersInTheCore()
    {
        var tokens = new List<RepairToken>();
        LineTokenizer.Tokenize("k¥ s§” (t&", tokens);
        Assert.Equal([2, 2, 2], tokens.Select(t => t.CoreLength));
    }

    [Fact]
    public void Tokenize_SplitsEdgePunctuationFromCore()
    {
        var tokens = new List<RepairToken>();
        LineTokenizer.Tokenize("  (ctia, UBND) 2025.", tokens);
        Assert.Equal(3, tokens.Count);
        Assert.Equal((3, 4, TokenKind.Word), (tokens[0].CoreStart, tokens[0].CoreLength, tokens[0].Kind));
        Assert.Equal(TokenKind.Symbol, tokens[1].Kind);
        Assert.Equal((15, 4, TokenKind.Number), (tokens[2].CoreStart, tokens[2].CoreLength, tokens[2].Kind));
    }

    [Theory]
    [InlineData("https://dichvucong.gov.vn/p/home")]
    [InlineData("vanthu@quangngai.gov.vn")]
    [InlineData("www.quangngai.gov.vn")]
    public void Classify_KeepsLinksAndMailWhole(string token)
    {
        var result = LineTokenizer.Classify(token, 0);
        Assert.Equal((TokenKind.Symbol, token.Length), (result.Kind, result.CoreLength));
    }
}
