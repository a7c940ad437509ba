using TongHop.Extraction.Indicators.Matching;
using TongHop.Text.Numbers;

namespace TongHop.Extraction.Indicators;

/// <summary>
/// Finds the numerator and denominator of a percent stated alone when the sentences just before give
/// them as counts: "Tổng số hồ sơ TTHC khi tiếp nhận 421. Số hồ sơ có kết quả số hóa 421. Tỷ lệ số hóa
/// kết quả hồ sơ 100%", or "tiếp nhận 2.640 hồ sơ, trong đó 2.376 hồ sơ nộp trực tuyến (đạt 90%)".
/// The denominator follows "tổng số" or comes before "trong đó"; the pair must give the stated percent.
/// </summary>
internal sealed class RatioCompletion(CompiledCatalog catalog, DocumentView view)
{
    public (Measurement Numerator, Measurement Denominator)? Find(Measurement percent, ISet<Measurement> used)
    {
        var counts = Counts(percent, used);
        foreach (var denominator in counts.Where(IsTotal).Reverse())
        {
            var numerator = counts.LastOrDefault(n => n != denominator && n.Span.Start > denominator.Span.Start &&
                                                      n.Value <= denominator.Value && Agrees(n.Value, denominator.Value, percent.Value));
            if (numerator is not null)
            {
                return (numerator, denominator);
            }
        }

        return null;
    }

    private List<Measurement> Counts(Measurement percent, ISet<Measurement> used)
    {
        var first = Math.Max(0, percent.Sentence - CandidateFinder.ContextSentences);
        return [.. Enumerable.Range(first, percent.Sentence - first + 1)
            .SelectMany(view.MeasurementsIn)
            .Where(m => !view.IsTableRow(m.Sentence) && m.IsWholeCount && m.Value > 0 && m.Span.Start < percent.Span.Start && !used.Contains(m))];
    }

    private bool IsTotal(Measurement m) =>
        catalog.TotalWords.Any(id => view.Terms[m.Sentence].HasBefore(id, m.Span.Start)) ||
        PartsStatementReader.HasMarker(view.Text, m.Span.End, Math.Min(m.Span.End + 40, view.Sentences[m.Sentence].End));

    // The stated percent, at its written precision, must be the rounded ratio ("65,5%" for 496/757).
    private static bool Agrees(decimal numerator, decimal denominator, decimal percent)
    {
        var tolerance = (0.5m * Pow10(-percent.Scale)) + 0.001m;
        return Math.Abs((numerator * 100 / denominator) - percent) <= tolerance;
    }

    private static decimal Pow10(int exponent) => exponent >= 0 ? 1m : 1m / (decimal)Math.Pow(10, -exponent);
}
