using System.Text.RegularExpressions;
using TongHop.Parsing;

namespace TongHop.Extraction.Metadata;

/// <summary>
/// Finds the issuer in the body when the header lacks it: the unit that reports ("UBND xã Sơn Mai báo cáo kết quả
/// như sau", sample 002) or closes ("Trên đây là báo cáo … của UBND xã Tịnh Khê", sample 003); failing those, the
/// unit named like the place of the place-and-date line.
/// </summary>
public static class BodyIssuerFinder
{
    private const int MaxNameWords = 4;

    private static readonly Regex Unit = Patterns.Create(@"\b(uy ban nhan dan|ubnd|[dpb]ang uy)[ \t\n]+(thanh pho|thi tran|thi xa|dac khu|phuong|phwong|huyen|quan|xa|x4|x3|xi|xd|x@)[ \t\n]+");

    private static readonly Regex Reports = Patterns.Create(@"^[ \t\n]*(bao|b[a-z]o)[ \t]+c[a-z]{1,2}o\b");

    /// <summary>The names the body gives the units it calls "UBND xã …", "Ủy ban nhân dân phường …", "Đảng ủy xã …" (the name only).</summary>
    public static IReadOnlyList<string> UnitNames(ParsedDocument document)
    {
        var names = new List<string>();
        foreach (Match m in Unit.Matches(document.Folded))
        {
            var start = m.Index + m.Length;
            var end = NameEnd(document.Text, start);
            if (end > start)
            {
                names.Add(document.Text[start..end].Replace('\n', ' '));
            }

            if (names.Count >= 8)
            {
                break;
            }
        }

        return names;
    }

    public static string? Find(ParsedDocument document, string? place, TongHop.Text.Places.AdministrativeUnit? province)
    {
        string? closing = null, placed = null;
        var closingStart = ClosingStart(document);
        foreach (Match m in Unit.Matches(document.Folded))
        {
            var nameEnd = NameEnd(document.Text, m.Index + m.Length);
            if (nameEnd <= m.Index + m.Length)
            {
                continue;
            }

            var issuer = IssuerNames.Read(document.Text[m.Index..nameEnd], province, place is null ? [] : [place])?.Name;
            var after = nameEnd < document.Folded.Length ? Reports.Match(document.Folded, nameEnd, Math.Min(20, document.Folded.Length - nameEnd)) : Match.Empty;
            if (after.Success)
            {
                return issuer;
            }

            closing ??= m.Index >= closingStart ? issuer : null;
            placed ??= place is not null && issuer is not null && SamePlace(issuer, place) ? issuer : null;
        }

        return closing ?? placed;
    }

    // The closing paragraph ("Trên đây là báo cáo…") and after it.
    private static int ClosingStart(ParsedDocument document)
    {
        for (var i = document.Lines.Count - 1; i >= 0 && i >= document.Lines.Count - 60; i--)
        {
            var line = document.FoldedLine(i).TrimStart();
            if (ClosingMarkers.IsClosing(line) && ClosingMarkers.RecipientsLabelLength(line) == 0)
            {
                return document.Lines[i].Start;
            }
        }

        return int.MaxValue;
    }

    // A name is a run of capitalised words ("Sơn\nMai", "Tịnh Khê") ending before a lower-case word or punctuation.
    private static int NameEnd(string text, int start)
    {
        var i = start;
        var end = start;
        for (var words = 0; words < MaxNameWords && i < text.Length && char.IsUpper(text[i]); words++)
        {
            while (i < text.Length && char.IsLetter(text[i]))
            {
                i++;
            }

            end = i;
            if (i + 1 >= text.Length || text[i] is not (' ' or '\n') || !char.IsUpper(text[i + 1]))
            {
                break;
            }

            i++;
        }

        return end;
    }

    private static bool SamePlace(string issuer, string place) =>
        Text.Normalization.VietnameseText.FoldLower(issuer).EndsWith(" " + Text.Normalization.VietnameseText.FoldLower(place), StringComparison.Ordinal);
}
