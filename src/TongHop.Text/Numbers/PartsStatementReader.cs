using TongHop.Core;
using TongHop.Text.Normalization;

namespace TongHop.Text.Numbers;

/// <summary>
/// Finds totals with their parts in a sentence: a count, then "trong đó", "bao gồm", "gồm" or "cụ thể",
/// then at least two counts of the same noun ("11 trạm …, trong đó: VNPT 02 trạm, Viettel 09 trạm").
/// A single part ("64 (bao gồm 05 viên chức …)") is a subset, not a breakdown, and is not reported.
/// </summary>
public static class PartsStatementReader
{
    private static readonly string[] Markers = ["trong do", "bao gom", "gom", "cu the", "gom co"];

    /// <param name="quantities">The quantities of the sentence, in text order.</param>
    public static IReadOnlyList<PartsStatement> Read(string text, TextSpan sentence, IReadOnlyList<Quantity> quantities)
    {
        var found = new List<PartsStatement>();
        for (var i = 0; i < quantities.Count - 2; i++)
        {
            if (TryRead(text, sentence, quantities, i, out var statement))
            {
                found.Add(statement);
            }
        }

        return found;
    }

    private static bool TryRead(string text, TextSpan sentence, IReadOnlyList<Quantity> quantities, int totalIndex, out PartsStatement statement)
    {
        statement = null!;
        var total = quantities[totalIndex];
        if (!CanBeTotal(total) || !MarkerFollows(text, total, quantities[totalIndex + 1], sentence))
        {
            return false;
        }

        var parts = quantities.Skip(totalIndex + 1).Where(q => q.Measure == total.Measure && SameNoun(total, q)).ToList();
        if (parts.Count < 2)
        {
            return false;
        }

        statement = new PartsStatement(total, parts);
        return true;
    }

    private static bool CanBeTotal(Quantity q) =>
        q.Measure == Measure.Money || (q.Measure == Measure.Number && q.NounKey.Length > 0);

    private static bool MarkerFollows(string text, Quantity total, Quantity next, TextSpan sentence) =>
        HasMarker(text, total.Span.End, Math.Min(next.Span.Start, sentence.End));

    /// <summary>Whether "trong đó", "bao gồm", "gồm" or "cụ thể" is written in <c>[from, to)</c>: what comes
    /// after it are parts of what came before.</summary>
    public static bool HasMarker(string text, int from, int to)
    {
        if (to <= from)
        {
            return false;
        }

        return FoldedWords.HasAny(FoldedWords.Of(VietnameseText.FoldLower(text[from..to])), Markers);
    }

    // "trạm phát sóng" and "trạm" name the same thing: the shorter noun starts the longer one.
    private static bool SameNoun(Quantity total, Quantity part)
    {
        if (total.Measure == Measure.Money)
        {
            return true;
        }

        var (shorter, longer) = total.NounKey.Length <= part.NounKey.Length ? (total.NounKey, part.NounKey) : (part.NounKey, total.NounKey);
        return shorter.Length > 0 && longer.StartsWith(shorter, StringComparison.Ordinal) &&
               (longer.Length == shorter.Length || longer[shorter.Length] == ' ');
    }
}
