using TongHop.Core;
using TongHop.Core.Documents;
using TongHop.Extraction.Indicators.Catalog;
using TongHop.Text.Normalization;

namespace TongHop.Extraction.Indicators;

/// <summary>
/// The top-level sections whose titles announce plans ("V. KẾ HOẠCH THỰC HIỆN NHIỆM VỤ NĂM 2026",
/// "IV. Nhiệm vụ trọng tâm 3 tháng cuối năm"): numbers in them are targets unless their sentence says
/// otherwise. Titles that speak of results ("kết quả", "tình hình", "đánh giá") are not plans.
/// </summary>
internal sealed class PlanSections
{
    private readonly List<(TextSpan Span, int? Year)> _spans;

    private PlanSections(List<(TextSpan Span, int? Year)> spans) => _spans = spans;

    public static PlanSections None { get; } = new([]);

    public bool Contains(int position) => _spans.Any(s => position >= s.Span.Start && position < s.Span.End);

    /// <summary>The year the title of the plan section around <paramref name="position"/> names ("III. PHƯƠNG HƯỚNG
    /// NĂM 2026"), or null: a target in it without a year of its own is that year's, not the report's.</summary>
    public int? YearAt(int position) =>
        _spans.FirstOrDefault(s => position >= s.Span.Start && position < s.Span.End).Year;

    public static PlanSections Find(DocumentView view, CatalogCues cues, IReadOnlyList<Section> sections)
    {
        var titles = sections.Count > 0
            ? sections.Select(s => (s.Span, Title: s.Title)).ToList()
            : RomanHeadings(view.Text);
        var plans = titles
            .Where(t => IsPlan(TitleWords(t.Title), cues))
            .Select(t => (t.Span, TitleYear(t.Title)))
            .ToList();

        // A plan heading under another section ("4. Phương hướng năm 2026" after a table whose group rows "I.", "II."
        // read as sections) is a plan too, when its title says what is to come ("phương hướng", "thời gian tới"), not
        // only "kế hoạch" or "mục tiêu" (a results section's "1. Việc ban hành kế hoạch" is no plan).
        foreach (var nested in sections.SelectMany(s => Nested(s.Children)))
        {
            var words = TitleWords(nested.Title);
            if (!plans.Any(p => nested.Span.Start >= p.Span.Start && nested.Span.Start < p.Span.End) && IsPlan(words, cues) &&
                cues.TargetSections.Any(t => t is not ("ke hoach" or "muc tieu") && FoldedWords.Has(words, t)))
            {
                plans.Add((nested.Span, TitleYear(nested.Title)));
            }
        }

        foreach (var part in PartHeadings(view.Text, view.Folded))
        {
            if (IsPlan(TitleWords(part.Title), cues) && !plans.Any(p => part.Span.Start >= p.Span.Start && part.Span.Start < p.Span.End))
            {
                plans.Add((part.Span, TitleYear(part.Title)));
            }
        }

        return new PlanSections(plans);
    }

    // "PHẦN III" over "PHƯƠNG HƯỚNG NĂM 2026", "Phần thứ hai" over "Nhiệm vụ năm 2026": a part's heading alone on its
    // line with its title on the next; each part runs to the next part's heading (or the end).
    private static List<(TextSpan Span, string Title)> PartHeadings(string text, string folded)
    {
        var heads = new List<(int Start, string Title)>();
        for (var at = folded.IndexOf("phan ", StringComparison.Ordinal); at >= 0; at = folded.IndexOf("phan ", at + 5, StringComparison.Ordinal))
        {
            var lineStart = at;
            while (lineStart > 0 && text[lineStart - 1] is ' ' or '\t')
            {
                lineStart--;
            }

            if ((lineStart > 0 && text[lineStart - 1] != '\n') || !char.IsUpper(text[at]))
            {
                continue;
            }

            var lineEnd = text.IndexOf('\n', at);
            if (lineEnd < 0 || !IsPartNumber(folded.AsSpan(at + 5, lineEnd - at - 5).Trim()))
            {
                continue;
            }

            var titleEnd = text.IndexOf('\n', lineEnd + 1);
            var title = text[(lineEnd + 1)..(titleEnd < 0 ? text.Length : titleEnd)].Trim();
            if (title.Length > 0 && char.IsLetter(title[0]))
            {
                heads.Add((lineStart, title));
            }
        }

        return [.. heads.Select((h, i) => (new TextSpan(h.Start, i + 1 < heads.Count ? heads[i + 1].Start : text.Length), h.Title))];
    }

    // "iii", "thu hai", "thu nhat", "2": the number of a part.
    private static bool IsPartNumber(ReadOnlySpan<char> words)
    {
        if (words.StartsWith("thu ", StringComparison.Ordinal))
        {
            words = words[4..];
            return words.Length > 0 && words.IndexOf(' ') < 0;
        }

        return words.Length is > 0 and <= 4 && (!words.ContainsAnyExcept("ivx") || !words.ContainsAnyExcept("0123456789"));
    }

    private static IEnumerable<Section> Nested(IReadOnlyList<Section> sections) =>
        sections.SelectMany(s => Nested(s.Children).Prepend(s));

    private static bool IsPlan(string words, CatalogCues cues) =>
        cues.TargetSections.Any(t => FoldedWords.Has(words, t)) && !cues.ActualSections.Any(t => FoldedWords.Has(words, t));

    // Used until the parser provides sections: lines starting with a Roman numeral and a period.
    private static List<(TextSpan Span, string Title)> RomanHeadings(string text)
    {
        var heads = new List<(int Start, string Title)>();
        var lineStart = 0;
        while (lineStart < text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? text.Length : lineEnd;
            if (IsRomanHeading(text.AsSpan(lineStart, lineEnd - lineStart)))
            {
                heads.Add((lineStart, text[lineStart..lineEnd]));
            }

            lineStart = lineEnd + 1;
        }

        return [.. heads.Select((h, i) => (new TextSpan(h.Start, i + 1 < heads.Count ? heads[i + 1].Start : text.Length), h.Title))];
    }

    private static bool IsRomanHeading(ReadOnlySpan<char> line)
    {
        var i = 0;
        while (i < line.Length && line[i] is 'I' or 'V' or 'X')
        {
            i++;
        }

        return i > 0 && i + 1 < line.Length && line[i] == '.' && line[i + 1] == ' ';
    }

    private static int? TitleYear(string title)
    {
        var folded = VietnameseText.FoldLower(title);
        return Years.Near(folded, 0, folded.Length, 0);
    }

    private static string TitleWords(string title) =>
        string.Join(' ', CatalogWords.Split(VietnameseText.FoldLower(title)));
}
