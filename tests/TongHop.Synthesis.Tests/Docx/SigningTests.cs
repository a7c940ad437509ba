using DocumentFormat.OpenXml.Wordprocessing;
using TongHop.Synthesis.Docx;
using TongHop.Synthesis.Drafting;
using TongHop.Synthesis.Tests.Support;

namespace TongHop.Synthesis.Tests.Docx;

/// <summary>The number, signer and "Nơi nhận" a request sets, as the Decree 30 layout writes them.</summary>
public sealed class SigningTests
{
    private static readonly DecreeLayout Layout = DecreeLayout.Default;

    private static DocxProbe Open(SynthesisOptions options) => new(DocxReportWriter.Write(SynthesisDrafter.Draft(SampleProvince.Input, options)));

    [Fact]
    public void Write_DirectorSigning_HasNoAuthorityLine_AndTheNameUnderTheSignatureSpace()
    {
        using var docx = Open(SampleProvince.Options with { SignPrefix = "", SignerTitle = "GIÁM ĐỐC", SignerName = "Đoàn Thị Thu Trang" });
        Assert.DoesNotContain(docx.Paragraphs, p => p.InnerText.StartsWith("KT.", StringComparison.Ordinal));
        Assert.True(docx.IsBold("GIÁM ĐỐC"));
        Assert.Equal(Layout.SignSize, docx.SizeOf("Đoàn Thị Thu Trang"));
        Assert.True(docx.IsBold("Đoàn Thị Thu Trang"));
        Assert.False(docx.IsItalic("Đoàn Thị Thu Trang"));
        // Title first, then empty lines for the signature and seal, then the name, in the right cell of the row of "Nơi nhận".
        var cell = docx.ParagraphOf("GIÁM ĐỐC").Parent!.Elements<Paragraph>().Select(p => p.InnerText).ToList();
        Assert.Equal(["GIÁM ĐỐC", "", "", "", "", "Đoàn Thị Thu Trang"], cell);
        Assert.Same(docx.ParagraphOf("Nơi nhận:").Ancestors<TableRow>().First(), docx.ParagraphOf("Đoàn Thị Thu Trang").Ancestors<TableRow>().First());
    }

    [Fact]
    public void Write_DeputySigning_HasAuthorityTitleAndName()
    {
        using var docx = Open(SampleProvince.Options with { SignPrefix = "KT. GIÁM ĐỐC", SignerTitle = "PHÓ GIÁM ĐỐC", SignerName = "Hồ Quang Vinh" });
        var cell = docx.ParagraphOf("KT. GIÁM ĐỐC").Parent!.Elements<Paragraph>().Select(p => p.InnerText).Where(t => t.Length > 0).ToList();
        Assert.Equal(["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Hồ Quang Vinh"], cell);
    }

    [Theory]
    [InlineData("125/BC-SKHCN", "Số: 125/BC-SKHCN")]
    [InlineData("/BC-SKHCN", "Số:        /BC-SKHCN")]
    [InlineData(null, "Số:        /BC-SKHCN")]
    [InlineData("…/BC-KHCN", "Số: …/BC-KHCN")]
    public void Write_Number_IsUnderTheIssuer_At13(string? number, string line)
    {
        using var docx = Open(SampleProvince.Options with { Number = number });
        Assert.Equal(Layout.NumberSize, docx.SizeOf(line));
        Assert.False(docx.IsBold(line));
        // Left column of the header, below the issuer's name.
        var left = docx.ParagraphOf(line).Parent!.Elements<Paragraph>().Select(p => p.InnerText).ToList();
        Assert.True(left.IndexOf(line) > left.FindIndex(t => t.StartsWith("SỞ KHOA HỌC", StringComparison.Ordinal)));
    }

    [Fact]
    public void Write_Recipients_AreTheRequestsOwn_PunctuatedPerDecree30()
    {
        using var docx = Open(SampleProvince.Options with { Recipients = ["Thường trực Tỉnh ủy (b/c)", "Các huyện đoàn, thị đoàn;", "  ", "Lưu: VT, KHTC"] });
        var list = docx.ParagraphOf("Nơi nhận:").Parent!.Elements<Paragraph>().Skip(1).Select(p => p.InnerText).ToList();
        Assert.Equal(["- Thường trực Tỉnh ủy (b/c);", "- Các huyện đoàn, thị đoàn;", "- Lưu: VT, KHTC."], list);
        Assert.All(list, l => Assert.Equal(Layout.RecipientsSize, docx.SizeOf(l)));
    }

    [Fact]
    public void Write_NoRecipientsGiven_KeepsTheDepartmentsUsualList()
    {
        using var docx = Open(SampleProvince.Options with { Recipients = [] });
        var list = docx.ParagraphOf("Nơi nhận:").Parent!.Elements<Paragraph>().Skip(1).Select(p => p.InnerText).ToList();
        Assert.Equal(SampleProvince.Options.EffectiveRecipients.Select(r => "- " + r), list);
        Assert.StartsWith("- Lưu: VT", list[^1], StringComparison.Ordinal);
    }
}
