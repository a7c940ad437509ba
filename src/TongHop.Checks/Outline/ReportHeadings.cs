using TongHop.Core.Documents;
using TongHop.Core.Extraction;

namespace TongHop.Checks.Outline;

/// <summary>The heading titles of a report: its parsed sections, or its lines that start with a section mark.</summary>
internal static class ReportHeadings
{
    public static IEnumerable<string> Of(ExtractionResult document) =>
        document.Sections.Count > 0 ? Flatten(document.Sections).Select(s => s.Title) : MarkedLines(document.Restored);

    private static IEnumerable<Section> Flatten(IEnumerable<Section> sections) =>
        sections.SelectMany(s => new[] { s }.Concat(Flatten(s.Children)));

    private static IEnumerable<string> MarkedLines(string text)
    {
        foreach (var line in text.Split('\n'))
        {
            var trimmed = line.TrimStart();
            var mark = MarkLength(trimmed);
            if (mark > 0)
            {
                yield return trimmed[mark..];
            }
        }
    }

    // "II. ", "2. ", "2.1. ", "a) " — the mark and the space after it.
    private static int MarkLength(string line)
    {
        var i = 0;
        while (i < line.Length && (char.IsAsciiDigit(line[i]) || line[i] is 'I' or 'V' or 'X' or '.'))
        {
            i++;
        }

        if (i > 0 && i < line.Length && line[i - 1] == '.' && line[i] == ' ')
        {
            return i + 1;
        }

        return line.Length > 2 && char.IsLower(line[0]) && line[1] == ')' && line[2] == ' ' ? 3 : 0;
    }
}
