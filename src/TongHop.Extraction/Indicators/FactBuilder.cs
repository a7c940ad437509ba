using TongHop.Core.Extraction;
using TongHop.Text.Numbers;

namespace TongHop.Extraction.Indicators;

/// <summary>
/// Turns every quantity no indicator claimed into a fact with its noun phrase ("74 máy tính",
/// "13 máy tính cấu hình cũ"), so nothing numeric is lost. A percent's unit is "%", money's "đồng",
/// area's "km2"; a fraction is its numerator with "/denominator noun" as unit. A count without a noun
/// after it takes the label before it ("Tổng số hồ sơ TTHC khi tiếp nhận 421" → "hồ sơ TTHC khi tiếp nhận").
/// </summary>
internal static class FactBuilder
{
    public static List<Fact> Build(DocumentView view, ISet<Quantity> claimed)
    {
        var facts = new List<Fact>();
        foreach (var m in view.Measurements)
        {
            foreach (var q in m.Sources.Where(q => !claimed.Contains(q)))
            {
                facts.Add(new Fact(FactValue(q), Unit(view, q, m.Sentence), view.Evidence(m.Sentence), view.Sentences[m.Sentence]));
            }
        }

        return facts;
    }

    private static decimal FactValue(Quantity q) => q.IsFraction ? q.Numerator ?? q.Value : q.Value;

    private static string Unit(DocumentView view, Quantity q, int sentence) => q.Measure switch
    {
        Measure.Percent => "%",
        Measure.Money => "đồng",
        Measure.Area => "km2",
        Measure.Fraction => ("/" + VietnameseNumber.ToVietnamese(q.Denominator ?? 0) + " " + q.Noun).TrimEnd(),
        _ => q.Noun.Length > 0 ? q.Noun : Label.Around(view.Text, view.Sentences[sentence], q.Span),
    };
}
