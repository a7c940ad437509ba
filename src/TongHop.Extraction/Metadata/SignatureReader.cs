using System.Text.RegularExpressions;
using TongHop.Core.Documents;
using TongHop.Parsing;
using TongHop.Text.Normalization;

namespace TongHop.Extraction.Metadata;

/// <summary>
/// Reads the signature block: the titles in order ("TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH", "TM. CHÍNH PHỦ /
/// KT. THỦ TƯỚNG / PHÓ THỦ TƯỚNG", "T/M ĐẢNG ỦY / BÍ THƯ") and the name below them, past "(Đã ký)", "(Ký tên, đóng
/// dấu)", seal text and a rank ("Đại tá", "Thượng tướng"). The block is the first one of the document after its header
/// that ends in a name (an appendix's blank forms come later and have none); in a two-column footer ("Nơi nhận:" on
/// the left) it is the right column, after a TAB or, once OCR ran the columns together, the capitals at the end of a
/// line. "KT. X" means a deputy signs, so the role under it written as "X" is read "PHÓ X". Without titles the name
/// is the name-like line after the recipient list (sample 003).
/// </summary>
public static class SignatureReader
{
    // Lines (not blank) after the last title where the name may be: recipients, "(Đã ký)", seal text come between.
    private const int NameWindow = 12;

    // A line longer than this is a paragraph of the body: the block has ended.
    private const int MaxBlockWords = 14;

    private const int After = 25;

    private static readonly Regex Signed = Patterns.Create(@"(da|d[a-z])[ \t]*k[yi]\b|k[yi][ \t]+(ten|va|,|ghi)|dong[ \t]+dau|chu[ \t]+ky|^\(?[ \t]*k[yi][ \t]*\)?$|\(k[yi]");

    public static Signer? Read(ParsedDocument document, int recipientsLine) => Read(document, recipientsLine, []);

    /// <param name="gaps">Gets a <c>signer</c> gap where the name line is there but its family name was not read, or
    /// where the line as read spells another name than repair made of it.</param>
    /// <param name="read">The lines as read, before repair (<see cref="ReadLines.Of"/>), when repair changed the text:
    /// the name is checked against its line (<see cref="SignerNameCheck"/>).</param>
    internal static Signer? Read(ParsedDocument document, int recipientsLine, List<MetadataGap> gaps, ReadLines? read = null)
    {
        var start = HeaderLines.End(document);
        List<SignatureTitles.Found>? titlesOnly = null;
        for (var i = start; i < document.Lines.Count; i++)
        {
            if (TitleAt(document, i) is null)
            {
                continue;
            }

            var (titles, name, last) = ReadBlock(document, i);
            if (name is not null)
            {
                return new Signer(Checked(document, read, name, last, gaps), ComposeTitle(titles));
            }

            if (LostName(document, i, last) is { } lost)
            {
                gaps.Add(lost);
                return new Signer(null, ComposeTitle(titles));
            }

            // Titles without a name: keep those next to "Nơi nhận:", in case the name is written elsewhere.
            if (titlesOnly is null || (recipientsLine >= 0 && Math.Abs(i - recipientsLine) <= 4))
            {
                titlesOnly = titles;
            }

            i = last;
        }

        var (fallback, at) = recipientsLine >= 0 ? FindName(document, recipientsLine + 1, Math.Min(document.Lines.Count, recipientsLine + After)) : (null, -1);
        fallback = fallback is null ? null : Checked(document, read, fallback, at, gaps);
        var title = titlesOnly is null ? null : ComposeTitle(titlesOnly);
        return fallback is null && title is null ? null : new Signer(fallback, title);
    }

    // The line after the block's titles that is a name with its family name lost ("0 Minh Chính"), as a gap.
    private static MetadataGap? LostName(ParsedDocument document, int first, int last)
    {
        for (var j = first + 1; j < Math.Min(document.Lines.Count, last + NameWindow + 1); j++)
        {
            var text = NameColumn(document.LineText(j));
            if (PersonNames.LostFamilyName(text))
            {
                return new MetadataGap("signer", MetadataGap.Unreadable, text.Trim(), document.Lines[j]);
            }
        }

        return null;
    }

    /// <summary>A line that is only a person's name, 2–5 capitalised words ("Trần Văn Bình"), rank dropped.</summary>
    public static string? PersonName(string line) => PersonNames.Read(line);

    private static (List<SignatureTitles.Found> Titles, string? Name, int Last) ReadBlock(ParsedDocument document, int first)
    {
        var titles = new List<SignatureTitles.Found> { TitleAt(document, first)!.Value };
        var last = first;
        var seen = 0;
        for (var j = first + 1; j < document.Lines.Count && seen < NameWindow; j++)
        {
            var column = Column(document.LineText(j));
            if (column.Count(char.IsLetter) < 2)
            {
                continue;
            }

            seen++;
            if (TitleAt(document, j) is { } title)
            {
                if (!titles.Any(t => t.Text == title.Text))
                {
                    titles.Add(title);
                }

                last = j;
                seen = 0;
                continue;
            }

            if (Signed.IsMatch(VietnameseText.FoldLower(column)))
            {
                continue;
            }

            if (PersonNames.Read(NameColumn(document.LineText(j))) is { } name)
            {
                return (titles, name, j);
            }

            if (column.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > MaxBlockWords)
            {
                break;
            }
        }

        return (titles, null, last);
    }

    // The title a line gives in its signature column: after a TAB, or at the end of a line whose left part is a
    // recipient item or the "Nơi nhận:" label ("- Sở Khoa học và Công nghệ; CHỦ TỊCH").
    private static SignatureTitles.Found? TitleAt(ParsedDocument document, int line)
    {
        var span = document.Lines[line];
        if (!SignatureTitles.MayHold(document.Text.AsSpan(span.Start, span.End - span.Start)))
        {
            return null; // most lines: no column, no words split
        }

        var column = Column(document.LineText(line));
        if (column.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 10 && !column.TrimStart().StartsWith('-'))
        {
            return null;
        }

        if (SignatureTitles.FindAtEnd(column) is not { } found)
        {
            return null;
        }

        var before = column[..found.Index].TrimEnd();
        return before.Length == 0 || before[^1] is ';' or ',' or ':' or '.' || before.TrimStart().StartsWith('-') ? found : null;
    }

    // The right column of a two-column line (after its last TAB), else the line.
    private static string Column(string text)
    {
        var trimmed = text.TrimEnd();
        var tab = trimmed.LastIndexOf('\t');
        return (tab >= 0 ? trimmed[(tab + 1)..] : trimmed).Trim();
    }

    // Where a name may stand in a line: its signature column; once OCR ran the columns together, the words after a
    // recipient item ("- Lưu: VT, VP. Trần Văn Bình", "- Như trên; Đại tá Lê Văn Tâm"), or the name at the end of an item
    // that goes on in the next line ("- Văn phòng Trung ương và các Ban của Nguyễn Hoàng Long" / "Đảng;").
    private static string NameColumn(string text)
    {
        var column = Column(text);
        if (text.Contains('\t') || !(column.StartsWith('-') || column.StartsWith('+') || VietnameseText.FoldLower(column).StartsWith("noi nhan", StringComparison.Ordinal)))
        {
            return column;
        }

        var cut = column.LastIndexOfAny([';', '.', ',', ':']);
        var after = cut >= 0 ? column[(cut + 1)..].Trim() : column.TrimStart('-', '+', ' ');
        return PersonNames.Read(after) is null && PersonNames.TrailingName(after) is { } name ? name : cut >= 0 ? after : "";
    }

    private static string? ComposeTitle(List<SignatureTitles.Found> titles)
    {
        if (titles.Count == 0)
        {
            return null;
        }

        var parts = new List<string>();
        string? deputyFor = null;
        foreach (var t in titles)
        {
            if (t.Mark == "KT.")
            {
                deputyFor = t.Role;
                parts.Add(t.Text);
            }
            else if (t.Mark.Length == 0 && deputyFor is not null && t.Role == deputyFor)
            {
                parts.Add("PHÓ " + deputyFor); // OCR lost the "PHÓ" of the deputy's role
                deputyFor = null;
            }
            else
            {
                parts.Add(t.Text);
                deputyFor = t.Mark.Length == 0 ? null : deputyFor;
            }
        }

        if (deputyFor is not null && titles[^1].Mark == "KT.")
        {
            parts.Add("PHÓ " + deputyFor);
        }

        return string.Join(" / ", parts.Distinct());
    }

    private static (string? Name, int Line) FindName(ParsedDocument document, int from, int to)
    {
        for (var i = from; i < Math.Min(document.Lines.Count, to + 10); i++)
        {
            if (PersonNames.Read(NameColumn(document.LineText(i))) is { } name)
            {
                return (name, i);
            }
        }

        return (null, -1);
    }

    // The name of line `line` checked against that line as read: mended marks, or null and a gap when ambiguous.
    private static string? Checked(ParsedDocument document, ReadLines? read, string name, int line, List<MetadataGap> gaps)
    {
        if (read is null || line < 0 || line >= read.Count)
        {
            return name;
        }

        var asRead = NameColumn(read[line]);
        var outcome = SignerNameCheck.Check(name, asRead);
        if (outcome.Ambiguous)
        {
            gaps.Add(new MetadataGap("signer", MetadataGap.Ambiguous, asRead.Trim(), document.Lines[line]));
            return null;
        }

        if (outcome.Name is not { } checkedName)
        {
            return null;
        }

        // Marks OCR dropped that the text cannot settle ("Lo Van Hung": Hùng or Hưng): the name stays, the reviewer is told.
        var decided = SignerNameCheck.Decided(checkedName, asRead, read.Text);
        var undecided = SignerNameCheck.Undecided(decided.Name, asRead);
        var doubted = outcome.Doubted ?? [];
        if (decided.Open.Count + undecided.Count + doubted.Count > 0)
        {
            gaps.Add(new MetadataGap("signer", MetadataGap.Doubtful, string.Join(' ', doubted.Concat(decided.Open).Concat(undecided).Distinct()), document.Lines[line]));
        }

        return decided.Name;
    }
}
