using TongHop.Core.Extraction;
using TongHop.Extraction.Indicators.Catalog;
using TongHop.Extraction.Indicators.Matching;
using TongHop.Parsing;
using TongHop.Text.Numbers;

namespace TongHop.Extraction.Indicators;

/// <summary>
/// Reads the values of catalog indicators from a report, each with the sentence it came from, and turns
/// every other quantity into a fact. Driven entirely by the catalog (phrasings, unit words, exclusions,
/// cues): an indicator added to the catalog is extracted without code changes. The compiled catalog is
/// built once; the extractor is immutable and thread-safe. Never throws on odd text.
/// </summary>
public sealed class IndicatorExtractor : IIndicatorExtractor
{
    private readonly CompiledCatalog _catalog;

    public IndicatorExtractor()
        : this(IndicatorCatalog.Default)
    {
    }

    public IndicatorExtractor(IndicatorCatalog catalog) => _catalog = new CompiledCatalog(catalog);

    public IndicatorExtraction Extract(ParsedDocument document)
    {
        var view = DocumentView.Build(document, _catalog);
        var kinds = new KindReader(_catalog, view);
        var candidates = new CandidateFinder(_catalog, view).Find();
        candidates.AddRange(PartsSummer.Sum(document.Text, candidates));
        var chosen = CandidateSelector.Select(candidates, c => kinds.Read(c.First, c.Indicator.Definition.DefaultKind));
        var used = chosen.SelectMany(c => c.Candidate.From).ToHashSet();
        var values = chosen.Select(c => ToValue(view, c.Candidate, c.Kind, c.Period, used)).ToList();
        var claimed = used.SelectMany(m => m.Sources).ToHashSet();
        return new IndicatorExtraction(values.OrderBy(v => v.Span.Start).ToList(), FactBuilder.Build(view, claimed));
    }

    private IndicatorValue ToValue(DocumentView view, Candidate c, ValueKind kind, int? period, HashSet<Measurement> used)
    {
        var m = c.First;
        var (value, numerator, denominator) = c.Indicator.Definition.IsRatio ? (c.Value, m.Numerator, m.Denominator) : (c.Value, null, null);
        if (c.Indicator.Definition.IsRatio && m.Measure == Measure.Percent &&
            new RatioCompletion(_catalog, view).Find(m, used) is { } pair)
        {
            (numerator, denominator) = (pair.Numerator.Value, pair.Denominator.Value);
            used.Add(pair.Numerator);
            used.Add(pair.Denominator);
        }

        var qualifier = c.From.Count == 1 ? m.Qualifier : Qualifier.Exact;
        return new IndicatorValue(
            c.Indicator.Definition.Key, kind, value, c.Indicator.Definition.Unit, numerator, denominator, qualifier, period,
            view.Evidence(m.Sentence), view.Sentences[m.Sentence], Confidence(c.Score));
    }

    private static double Confidence(double score) => Math.Round(Math.Clamp(0.3 + (0.13 * score), 0.3, 0.97), 2);
}
