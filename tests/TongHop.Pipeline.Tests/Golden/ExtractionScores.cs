using System.Globalization;
using TongHop.Core.Extraction;
using TongHop.Text.Normalization;

namespace TongHop.Pipeline.Tests.Golden;

/// <summary>
/// The measures of issue 2: metadata accuracy (share of the gold fields issuer, number, type, place, date, signer
/// that match exactly) and citation F1 on unique (type, number) pairs.
/// </summary>
public static class ExtractionScores
{
    public static IReadOnlyDictionary<string, string?> Fields(ExtractionResult result) => new Dictionary<string, string?>
    {
        ["issuer"] = result.Document.Issuer,
        ["number"] = result.Document.Number,
        ["type"] = result.Document.Type,
        ["place"] = result.Document.Place,
        ["date"] = result.Document.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["signer"] = result.Document.Signer?.Name,
    };

    /// <summary>Fields that match, exactly or (<paramref name="folded"/>) without diacritics, as raw OCR keeps free text garbled until repair.</summary>
    public static IReadOnlyList<string> MatchingFields(GoldDocument gold, ExtractionResult result, bool folded)
    {
        var actual = Fields(result);
        return GoldDocument.MetadataFields.Where(f => Same(gold.Fields[f], actual[f], folded)).ToList();
    }

    public static (double Precision, double Recall, double F1) CitationF1(GoldDocument gold, ExtractionResult result)
    {
        var expected = gold.Citations.Select(c => (c.Type, c.Number)).ToHashSet();
        var found = result.Citations.Where(c => c.Number is not null).Select(c => (c.Type, c.Number!)).ToHashSet();
        var hits = found.Count(expected.Contains);
        var precision = found.Count == 0 ? 0 : (double)hits / found.Count;
        var recall = expected.Count == 0 ? 1 : (double)hits / expected.Count;
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return (precision, recall, f1);
    }

    /// <summary>Share of gold citations whose set of dates equals the set of dates found for that number.</summary>
    public static double DateAgreement(GoldDocument gold, ExtractionResult result)
    {
        var same = gold.Citations.Count(g =>
            result.Citations.Where(c => c.Number == g.Number && c.Date is not null).Select(c => c.Date!.Value).ToHashSet().SetEquals(g.Dates));
        return gold.Citations.Count == 0 ? 1 : (double)same / gold.Citations.Count;
    }

    private static bool Same(string? expected, string? actual, bool folded) =>
        folded
            ? string.Equals(expected is null ? null : VietnameseText.FoldLower(expected), actual is null ? null : VietnameseText.FoldLower(actual), StringComparison.Ordinal)
            : string.Equals(expected, actual, StringComparison.Ordinal);
}
