using TongHop.Core.Documents;
using TongHop.Parsing;

namespace TongHop.Extraction.Metadata;

/// <summary>
/// Reads the signature block near "Nơi nhận:": the titles in order ("TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH /
/// PHÓ CHỦ TỊCH") and the name below them. "KT. X" means a deputy signs, so the role under it is "PHÓ X" however the
/// OCR wrote it. Without titles the name is the name-like line after the recipient list (sample 003).
/// </summary>
public static class SignatureReader
{
    private const int Before = 4;
    private const int After = 25;

    public static Signer? Read(ParsedDocument document, int recipientsLine)
    {
        var anchor = recipientsLine >= 0 ? recipientsLine : Math.Max(0, document.Lines.Count - 30);
        var from = Math.Max(0, anchor - Before);
        var to = Math.Min(document.Lines.Count, anchor + After);
        var titles = new List<SignatureTitles.Found>();
        var lastTitleLine = -1;
        for (var i = from; i < to; i++)
        {
            if (SignatureTitles.Find(document.LineText(i)) is { } title && !titles.Any(t => t.Text == title.Text))
            {
                titles.Add(title);
                lastTitleLine = i;
            }
        }

        var name = FindName(document, lastTitleLine >= 0 ? lastTitleLine + 1 : anchor + 1, to);
        var text = ComposeTitle(titles);
        return name is null && text is null ? null : new Signer(name, text);
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
            else if (t.Mark.Length == 0 && deputyFor is not null)
            {
                parts.Add("PHÓ " + deputyFor);
                deputyFor = null;
            }
            else
            {
                parts.Add(t.Text);
            }
        }

        if (deputyFor is not null)
        {
            parts.Add("PHÓ " + deputyFor);
        }

        return string.Join(" / ", parts.Distinct());
    }

    private static string? FindName(ParsedDocument document, int from, int to)
    {
        for (var i = from; i < Math.Min(document.Lines.Count, to + 10); i++)
        {
            if (PersonName(document.LineText(i)) is { } name)
            {
                return name;
            }
        }

        return null;
    }

    /// <summary>A line that is only a person's name, 2–5 capitalised words ("Phan Văn Hiếu"); an illegible leading token ("0 Minh Chính") is dropped.</summary>
    public static string? PersonName(string line)
    {
        if (line.TrimStart().StartsWith('-'))
        {
            return null;
        }

        var words = line.Split((char[])[' ', '\t'], StringSplitOptions.RemoveEmptyEntries).ToList();
        while (words.Count > 0 && !words[0].Any(char.IsLetter))
        {
            words.RemoveAt(0);
        }

        if (words.Count is < 2 or > 5 || !words.All(IsNameWord) || SignatureTitles.Find(line) is not null)
        {
            return null;
        }

        return IssuerNames.NameCase(string.Join(' ', words));
    }

    private static bool IsNameWord(string word) => char.IsUpper(word[0]) && word.All(char.IsLetter);
}
