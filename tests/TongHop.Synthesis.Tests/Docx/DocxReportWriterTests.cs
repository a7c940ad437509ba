using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using TongHop.Synthesis.Docx;
using TongHop.Synthesis.Drafting;
using TongHop.Synthesis.Tests.Support;

namespace TongHop.Synthesis.Tests.Docx;

/// <summary>The layout of Decree 30/2020/NĐ-CP, Appendix I, read back from the generated file.</summary>
public sealed class DocxReportWriterTests
{
    private static readonly DecreeLayout Layout = DecreeLayout.Default;

    private static DocxProbe Open() => new(DocxReportWriter.Write(SynthesisDrafter.Draft(SampleProvince.Input, SampleProvince.Options)));

    [Fact]
    public void Write_ReportSection_IsA4PortraitWithDecreeMargins()
    {
        using var docx = Open();
        var report = docx.Sections[0];
        var size = report.GetFirstChild<PageSize>()!;
        Assert.Equal(11906u, size.Width!.Value);
        Assert.Equal(16838u, size.Height!.Value);
        var margin = report.GetFirstChild<PageMargin>()!;
        // Decree ranges in twips: top/bottom 20–25 mm, left 30–35 mm, right 15–20 mm.
        Assert.InRange(margin.Top!.Value, 1134, 1418);
        Assert.InRange(margin.Bottom!.Value, 1134, 1418);
        Assert.InRange(margin.Left!.Value, 1701u, 1985u);
        Assert.InRange(margin.Right!.Value, 850u, 1134u);
    }

    [Fact]
    public void Write_Appendices_AreOnLandscapeA4()
    {
        using var docx = Open();
        var appendix = docx.Sections[^1];
        Assert.Equal(2, docx.Sections.Count);
        Assert.Equal(PageOrientationValues.Landscape, appendix.GetFirstChild<PageSize>()!.Orient!.Value);
        Assert.Equal(16838u, appendix.GetFirstChild<PageSize>()!.Width!.Value);
    }

    [Fact]
    public void Write_Fonts_AreTimesNewRomanAtBodySize()
    {
        using var docx = Open();
        var defaults = docx.Main.StyleDefinitionsPart!.Styles!.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!;
        var fonts = defaults.RunFonts!;
        Assert.Equal("Times New Roman", fonts.Ascii!.Value);
        Assert.Equal("Times New Roman", fonts.HighAnsi!.Value);
        Assert.Equal("Times New Roman", fonts.ComplexScript!.Value);
        Assert.Equal("28", defaults.FontSize!.Val!.Value);
        Assert.Empty(docx.Body.Descendants<RunFonts>());
    }

    [Fact]
    public void Write_Header_HasIssuerNationalTitleMottoNumberAndItalicPlaceDate()
    {
        using var docx = Open();
        Assert.Equal("UBND TỈNH QUẢNG NGÃI", docx.Paragraphs[0].InnerText);
        // The issuer breaks after "VÀ", as the options ask; InnerText joins the two lines.
        Assert.True(docx.IsBold("SỞ KHOA HỌC VÀCÔNG NGHỆ"));
        Assert.Single(docx.ParagraphOf("SỞ KHOA HỌC VÀCÔNG NGHỆ").Descendants<Break>());
        Assert.InRange(docx.SizeOf("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), 12, 13);
        Assert.True(docx.IsBold("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"));
        Assert.InRange(docx.SizeOf("Độc lập - Tự do - Hạnh phúc"), 13, 14);
        Assert.True(docx.IsBold("Độc lập - Tự do - Hạnh phúc"));
        var rule = docx.ParagraphOf("Độc lập - Tự do - Hạnh phúc").NextSibling<Paragraph>()!;
        Assert.Equal(BorderValues.Single, rule.ParagraphProperties!.ParagraphBorders!.BottomBorder!.Val!.Value);
        Assert.Matches(@"^Số: +/BC-SKHCN$", docx.Paragraphs.Single(p => p.InnerText.StartsWith("Số:", StringComparison.Ordinal)).InnerText);
        Assert.True(docx.IsItalic("Quảng Ngãi, ngày 30 tháng 9 năm 2025"));
        Assert.InRange(docx.SizeOf("Quảng Ngãi, ngày 30 tháng 9 năm 2025"), 13, 14);
        Assert.True(docx.IsBold("BÁO CÁO"));
    }

    [Fact]
    public void Write_Body_IsJustifiedWithFirstLineIndentAtBodySize()
    {
        using var docx = Open();
        var paragraph = docx.Paragraphs.First(p => p.InnerText.StartsWith("Thực hiện Công văn số 1575/SKHCN-QLCN", StringComparison.Ordinal));
        Assert.Equal(JustificationValues.Both, paragraph.ParagraphProperties!.Justification!.Val!.Value);
        Assert.Equal(DecreeLayout.Twips(Layout.FirstLineIndentMm).ToString(System.Globalization.CultureInfo.InvariantCulture), paragraph.ParagraphProperties.Indentation!.FirstLine!.Value);
        Assert.InRange(docx.SizeOf(paragraph.InnerText), 13, 14);
    }

    [Fact]
    public void Write_Recipients_Are12BoldItalicThenList11EndingWithLuu()
    {
        using var docx = Open();
        Assert.Equal(12, docx.SizeOf("Nơi nhận:"));
        Assert.True(docx.IsBold("Nơi nhận:") && docx.IsItalic("Nơi nhận:"));
        var cell = docx.ParagraphOf("Nơi nhận:").Parent!;
        var list = cell.Elements<Paragraph>().Skip(1).ToList();
        Assert.All(list, p => Assert.Equal(11, docx.SizeOf(p.InnerText)));
        Assert.All(list, p => Assert.StartsWith("- ", p.InnerText, StringComparison.Ordinal));
        Assert.StartsWith("- Lưu: VT", list[^1].InnerText, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_Signature_HasKtPrefixAndTitleInBold()
    {
        using var docx = Open();
        Assert.True(docx.IsBold("KT. GIÁM ĐỐC"));
        Assert.True(docx.IsBold("PHÓ GIÁM ĐỐC"));
        Assert.InRange(docx.SizeOf("KT. GIÁM ĐỐC"), 13, 14);
        // The signature stands beside "Nơi nhận", in the same row.
        Assert.Same(docx.ParagraphOf("Nơi nhận:").Ancestors<TableRow>().First(), docx.ParagraphOf("KT. GIÁM ĐỐC").Ancestors<TableRow>().First());
    }

    [Fact]
    public void Write_PageNumbers_StartOnThePageAfterTheFirst()
    {
        using var docx = Open();
        var report = docx.Sections[0];
        Assert.NotNull(report.GetFirstChild<TitlePage>());
        var first = (HeaderPart)docx.Main.GetPartById(report.Elements<HeaderReference>().Single(h => h.Type!.Value == HeaderFooterValues.First).Id!.Value!);
        var standard = (HeaderPart)docx.Main.GetPartById(report.Elements<HeaderReference>().Single(h => h.Type!.Value == HeaderFooterValues.Default).Id!.Value!);
        Assert.Empty(first.Header!.Descendants<FieldCode>());
        Assert.Contains(standard.Header!.Descendants<FieldCode>(), f => f.Text.Trim() == "PAGE");
        Assert.Equal(JustificationValues.Center, standard.Header.Descendants<Justification>().Single().Val!.Value);
    }

    [Fact]
    public void Write_Figures_HaveFootnotesNamingTheirSourceReports()
    {
        using var docx = Open();
        var computers = docx.Paragraphs.First(p => p.InnerText.StartsWith("- Số máy tính phục vụ công tác", StringComparison.Ordinal));
        Assert.NotNull(computers.Descendants<FootnoteReference>().SingleOrDefault());
        Assert.Contains("Xã An Phú (số 101/BC-UBND): 45", docx.Footnotes, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_Chart_IsEmbeddedAsPng()
    {
        using var docx = Open();
        var image = Assert.Single(docx.Main.ImageParts);
        Assert.Equal("image/png", image.ContentType);
        Assert.Single(docx.Body.Descendants<Drawing>());
    }
}
