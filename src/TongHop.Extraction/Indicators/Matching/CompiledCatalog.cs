using System.Collections.Immutable;
using TongHop.Extraction.Indicators.Catalog;

namespace TongHop.Extraction.Indicators.Matching;

/// <summary>
/// A catalog made ready for matching: one <see cref="TermIndex"/> over every term, and each indicator's
/// phrasings, exclusions and the cues as term ids. Built once per catalog; immutable and thread-safe.
/// </summary>
internal sealed class CompiledCatalog
{
    public CompiledCatalog(IndicatorCatalog catalog)
    {
        Catalog = catalog;
        Index = new TermIndex();
        Indicators = [.. catalog.Indicators.Select(Compile)];
        StrongTarget = Ids(catalog.Cues.StrongTarget);
        WeakTarget = Ids(catalog.Cues.WeakTarget);
        Actual = Ids(catalog.Cues.Actual);
        Request = Ids(catalog.Cues.Request);
        TotalWords = [Index.Add("tong so"), Index.Add("tong cong")];
    }

    public IndicatorCatalog Catalog { get; }

    public TermIndex Index { get; }

    public ImmutableArray<CompiledIndicator> Indicators { get; }

    public ImmutableArray<int> StrongTarget { get; }

    public ImmutableArray<int> WeakTarget { get; }

    public ImmutableArray<int> Actual { get; }

    public ImmutableArray<int> Request { get; }

    /// <summary>"tổng số", "tổng cộng": the words that introduce a denominator.</summary>
    public ImmutableArray<int> TotalWords { get; }

    private CompiledIndicator Compile(IndicatorDefinition definition) => new(
        definition,
        [.. definition.Phrasings.Select(p => new CompiledPhrasing(p, [.. p.Terms.Select(t => Index.Add(t.Folded))], [.. p.Terms.Select(t => t.MayBeInContext)]))],
        Ids(definition.Exclusions));

    private ImmutableArray<int> Ids(ImmutableArray<string> terms) => [.. terms.Select(Index.Add)];
}
