using DocumentFormat.OpenXml.Wordprocessing;

namespace TongHop.Synthesis.Docx;

/// <summary>Document defaults: the decree's font for every script, body size, paragraph spacing and line spacing.</summary>
internal static class DocxStyles
{
    public static Styles Create(DecreeLayout layout)
    {
        var font = layout.FontName;
        var size = DecreeLayout.HalfPoints(layout.BodySize);
        var after = ((int)Math.Round(layout.ParagraphSpacingPt * 20)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var line = ((int)Math.Round(layout.LineSpacing * 240)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    new RunFonts { Ascii = font, HighAnsi = font, ComplexScript = font, EastAsia = font },
                    new FontSize { Val = size },
                    new FontSizeComplexScript { Val = size },
                    new Languages { Val = "vi-VN" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                    new SpacingBetweenLines { Before = "0", After = after, Line = line, LineRule = LineSpacingRuleValues.Auto }))),
            new Style(new StyleName { Val = "Normal" }, new PrimaryStyle()) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true });
    }
}
