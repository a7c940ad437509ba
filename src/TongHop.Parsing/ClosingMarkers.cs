using System.Text.RegularExpressions;

namespace TongHop.Parsing;

/// <summary>
/// Lines that close a document's body (Decree 30/2020/NĐ-CP, Appendix I: the closing formula, then "Nơi nhận"),
/// read on folded lower-case text with their OCR forms: "Trên đây là…" ("Trén day 1a"), "Nơi nhận:" ("Noi nhdn:").
/// </summary>
public static class ClosingMarkers
{
    private static readonly Regex Closing = Patterns.Create(@"^(tr[a-z]n\s+d[a-z]y\s+(l|1)[a-z]\b|n[o0][i1l]\s+nh[a-z]{0,2}n\s*:)");

    private static readonly Regex RecipientsLabel = Patterns.Create(@"^n[o0][i1l]\s+nh[a-z]{0,2}n\s*:");

    /// <summary>Whether a folded, left-trimmed line opens the closing part of a document.</summary>
    public static bool IsClosing(string foldedLine) => Closing.IsMatch(foldedLine);

    /// <summary>Whether a folded, left-trimmed line starts with "Nơi nhận:"; returns the length of the label.</summary>
    public static int RecipientsLabelLength(string foldedLine)
    {
        var m = RecipientsLabel.Match(foldedLine);
        return m.Success ? m.Length : 0;
    }
}
