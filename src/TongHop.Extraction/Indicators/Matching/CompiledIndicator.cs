using System.Collections.Immutable;
using TongHop.Extraction.Indicators.Catalog;

namespace TongHop.Extraction.Indicators.Matching;

/// <summary>An indicator with its phrasings and exclusions turned into term ids of a <see cref="TermIndex"/>.</summary>
internal sealed record CompiledIndicator(
    IndicatorDefinition Definition,
    ImmutableArray<CompiledPhrasing> Phrasings,
    ImmutableArray<int> Exclusions);

/// <summary>A phrasing as term ids; <see cref="InContext"/> marks the terms that may occur in the sentences before.</summary>
internal sealed record CompiledPhrasing(IndicatorPhrasing Source, ImmutableArray<int> Terms, ImmutableArray<bool> InContext);
