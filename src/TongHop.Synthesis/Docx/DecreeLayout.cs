namespace TongHop.Synthesis.Docx;

/// <summary>
/// Every layout value of the synthesis, in one place: Decree 30/2020/NĐ-CP, Appendix I (technical layout of
/// administrative documents). Sizes are in points, lengths in millimetres; the writer converts them.
/// Where the decree gives a range, the value chosen is noted.
/// </summary>
public sealed record DecreeLayout
{
    public static DecreeLayout Default { get; } = new();

    /// <summary>A4, 210 × 297 mm (Appendix I, part I.1).</summary>
    public double PageWidthMm { get; init; } = 210;

    public double PageHeightMm { get; init; } = 297;

    /// <summary>Margins: top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm (part I.2).</summary>
    public double MarginTopMm { get; init; } = 20;

    public double MarginBottomMm { get; init; } = 20;

    public double MarginLeftMm { get; init; } = 30;

    public double MarginRightMm { get; init; } = 15;

    /// <summary>Times New Roman, Unicode (TCVN 6909:2001), black (part I.3).</summary>
    public string FontName { get; init; } = "Times New Roman";

    /// <summary>Issuing body: 12–13, caps; the body itself bold (part II.3).</summary>
    public double IssuerSize { get; init; } = 13;

    /// <summary>National title "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM": 12–13, bold caps (part II.1).</summary>
    public double NationalTitleSize { get; init; } = 12;

    /// <summary>Motto "Độc lập - Tự do - Hạnh phúc": 13–14, bold, with a rule under it as long as the motto.</summary>
    public double MottoSize { get; init; } = 13;

    /// <summary>"Số: …/BC-…": 13 (part II.4).</summary>
    public double NumberSize { get; init; } = 13;

    /// <summary>Place and date: 13–14, italic (part II.5).</summary>
    public double PlaceDateSize { get; init; } = 14;

    /// <summary>Document type and title: 13–14, bold (part II.6).</summary>
    public double TitleSize { get; init; } = 14;

    /// <summary>Body: 13–14, justified, first-line indent 1–1.27 cm, 6 pt or more between paragraphs (part II.7).</summary>
    public double BodySize { get; init; } = 14;

    public double FirstLineIndentMm { get; init; } = 12.7;

    public double ParagraphSpacingPt { get; init; } = 6;

    /// <summary>Line spacing as a multiple of single (decree: single to 1.5 lines).</summary>
    public double LineSpacing { get; init; } = 1.15;

    /// <summary>Signing authority and signer's title: 13–14, bold caps (part II.8).</summary>
    public double SignSize { get; init; } = 14;

    /// <summary>"Nơi nhận:" 12, bold italic; the list 11 (part II.10).</summary>
    public double RecipientsHeadSize { get; init; } = 12;

    public double RecipientsSize { get; init; } = 11;

    /// <summary>Page number: 13–14, top centre, not on the first page (part I.5).</summary>
    public double PageNumberSize { get; init; } = 13;

    public double FootnoteSize { get; init; } = 11;

    /// <summary>Appendix tables.</summary>
    public double TableSize { get; init; } = 11;

    /// <summary>Width of the header's left column (issuer); the rest is the national title's.</summary>
    public double HeaderLeftColumnMm { get; init; } = 68;

    /// <summary>Indents either side of the rule under the issuer (a third to a half of its length).</summary>
    public double IssuerRuleIndentMm { get; init; } = 23;

    /// <summary>Indents either side of the rule under the motto, so it is about as long as the motto.</summary>
    public double MottoRuleIndentMm { get; init; } = 18;

    /// <summary>Appendix tables: the "STT" column and the unit-name column; indicator columns share the rest.</summary>
    public double TableNumberColumnMm { get; init; } = 12;

    public double TableNameColumnMm { get; init; } = 55;

    /// <summary>Width of the "Nơi nhận" column of the signature block.</summary>
    public double RecipientsColumnMm { get; init; } = 80;

    /// <summary>Charts: width on the page, and pixels per millimetre of the embedded PNG (≈ 200 dpi).</summary>
    public double ChartWidthMm { get; init; } = 160;

    public double ChartPixelsPerMm { get; init; } = 8;

    /// <summary>Height of one bar row of a chart, and of the chart's frame (axes, margins).</summary>
    public double ChartBarMm { get; init; } = 7;

    public double ChartFrameMm { get; init; } = 22;

    public const double TwipsPerMm = 1440 / 25.4;

    public const long EmuPerMm = 36_000;

    public static uint Twips(double mm) => (uint)Math.Round(mm * TwipsPerMm);

    /// <summary>Run sizes in OpenXml are half-points.</summary>
    public static string HalfPoints(double points) => ((int)Math.Round(points * 2)).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
