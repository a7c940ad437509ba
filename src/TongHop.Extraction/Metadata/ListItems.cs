using System.Text.RegularExpressions;
using TongHop.Parsing;

namespace TongHop.Extraction.Metadata;

/// <summary>
/// Reads a dashed list such as "Nơi nhận:" or "Kính gửi:": each item without its leading "-" and trailing ";",
/// an item wrapped onto the next line joined to it, and "Lưu: VT…" dropped (it ends the list). In a two-column
/// footer the signer's title shares the lines ("- Như trên; PHÓ GIÁM ĐỐC"): an item ends at its ";" and the upper-case
/// title after it is not part of it.
/// </summary>
public static class ListItems
{
    private static readonly char[] Markers = ['-', '+', '•', ' '];
    private static readonly char[] EndPunctuation = ['.', ',', ';', ' '];

    public const int MaxItems = 40;

    private static readonly Regex Archive = Patterns.Create(@"^l[uư][uư]?\b");

    /// <summary>Items of the list whose label ends at <paramref name="afterLabel"/> on line <paramref name="labelLine"/>.</summary>
    public static IReadOnlyList<string> Read(ParsedDocument document, int labelLine, int afterLabel)
    {
        var items = new List<string>();
        var inline = document.Text[afterLabel..document.Lines[labelLine].End].Trim();
        if (inline.Length > 0 && !inline.StartsWith('-') && !SignatureTitles.StartsWithTitle(inline))
        {
            // "Kính gửi: Sở Tài chính." names one recipient on the label's line.
            items.Add(Clean(inline));
            return items;
        }

        string? current = inline.StartsWith('-') ? inline : null;
        for (var i = labelLine + 1; i < document.Lines.Count && items.Count < MaxItems; i++)
        {
            var text = document.LineText(i).Trim();
            // Blank lines and signature debris ("i) ) ’", sample 002) sit between the items of an OCR'd list.
            if (text.Count(char.IsLetter) < 3 && !text.StartsWith('-'))
            {
                continue;
            }

            if (text[0] is '-' or '+' or '•')
            {
                if (!Flush(items, current))
                {
                    return items;
                }

                current = text;
            }
            else if (current is not null && !current.Contains(';') && !current.TrimEnd().EndsWith('.'))
            {
                current += " " + text; // a wrapped item
            }
            else
            {
                break;
            }
        }

        Flush(items, current);
        return items;
    }

    // False when the item is "Lưu: …", which ends the list.
    private static bool Flush(List<string> items, string? item)
    {
        if (item is null)
        {
            return true;
        }

        var text = Clean(item.TrimStart(Markers));
        if (Archive.IsMatch(Text.Normalization.VietnameseText.FoldLower(text)))
        {
            return false;
        }

        if (text.Length > 0)
        {
            items.Add(text);
        }

        return true;
    }

    private static string Clean(string item)
    {
        var semicolon = item.IndexOf(';');
        var text = semicolon >= 0 ? item[..semicolon] : SignatureTitles.CutTitle(item);
        return text.Trim().TrimEnd(EndPunctuation);
    }
}
