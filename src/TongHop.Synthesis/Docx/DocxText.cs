using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace TongHop.Synthesis.Docx;

/// <summary>Builds runs and paragraphs of one font size and weight; every size passes through here.</summary>
internal static class DocxText
{
    public static Run Run(string text, double size, bool bold = false, bool italic = false)
    {
        var properties = new RunProperties();
        if (bold)
        {
            properties.Append(new Bold());
        }

        if (italic)
        {
            properties.Append(new Italic());
        }

        properties.Append(new FontSize { Val = DecreeLayout.HalfPoints(size) }, new FontSizeComplexScript { Val = DecreeLayout.HalfPoints(size) });
        var run = new Run(properties);
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                run.Append(new Break());
            }

            run.Append(new DocumentFormat.OpenXml.Wordprocessing.Text(lines[i]) { Space = SpaceProcessingModeValues.Preserve });
        }

        return run;
    }

    /// <summary>A centred paragraph without indent or spacing, as the header and signature blocks use.</summary>
    public static Paragraph Centered(string text, double size, bool bold = false, bool italic = false) =>
        new(new ParagraphProperties(new Justification { Val = JustificationValues.Center }, Tight()), Run(text, size, bold, italic));

    public static Paragraph Left(string text, double size, bool bold = false, bool italic = false) =>
        new(new ParagraphProperties(new Justification { Val = JustificationValues.Left }, Tight()), Run(text, size, bold, italic));

    public static SpacingBetweenLines Tight() => new() { Before = "0", After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto };

    /// <summary>
    /// A short rule (Decree 30: the lines under the issuer and under the motto): an empty 1 pt paragraph with
    /// a bottom border, shortened by indents either side so the text above keeps the full width.
    /// </summary>
    public static Paragraph Rule(double indentMm)
    {
        var indent = DecreeLayout.Twips(indentMm).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return new Paragraph(
            new ParagraphProperties(
                new ParagraphBorders(new BottomBorder { Val = BorderValues.Single, Size = 6, Space = 1, Color = "000000" }),
                new SpacingBetweenLines { Before = "0", After = "0", Line = "40", LineRule = LineSpacingRuleValues.Exact },
                new Indentation { Left = indent, Right = indent },
                new ParagraphMarkRunProperties(new FontSize { Val = "2" })));
    }
}
