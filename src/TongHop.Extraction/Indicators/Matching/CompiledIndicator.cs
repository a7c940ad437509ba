using System.Collections.Immutable;
using TongHop.Extraction.Indicators.Catalog;
using TongHop.Text.Normalization;

namespace TongHop.Extraction.Indicators.Matching;

/// <summary>An indicator with its phrasings and exclusions turned into term ids of a <see cref="TermIndex"/>.</summary>
/// <param name="UnitWords">The unit words, OCR-folded like the nouns they are compared with.</param>
internal sealed record CompiledIndicator(
    IndicatorDefinition Definition,
    ImmutableArray<CompiledPhrasing> Phrasings,
    ImmutableArray<int> Exclusions,
    ImmutableArray<string> UnitWords)
{
    /// <summary>
    /// The unit words of one syllable as the catalog writes them, each with its folded form (<see cref="CandidateFinder"/>
    /// compares a bare noun with them for every number whose noun they lead): folded once, not per number.
    /// </summary>
    public ImmutableArray<(string Written, string Folded)> WrittenSyllableUnitWords { get; } =
        Definition.WrittenUnitWords is { } written
            ? [.. written.Where(w => !w.Contains(' ')).Select(w => (w, VietnameseText.FoldLower(w)))]
            : [];

    /// <summary>
    /// Whether <paramref name="noun"/> (OCR-folded) starts with one of the unit words, word for word ("may tinh de ban"
    /// with "may tinh", not "may tinhx"). Asked for every number or table row and every indicator: a loop, no closure.
    /// </summary>
    public bool UnitWordLeads(string noun)
    {
        foreach (var w in UnitWords)
        {
            if (noun.StartsWith(w, StringComparison.Ordinal) && (noun.Length == w.Length || noun[w.Length] == ' '))
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>A phrasing as term ids; <see cref="InContext"/> marks the terms that may occur in the sentences before.</summary>
internal sealed record CompiledPhrasing(IndicatorPhrasing Source, ImmutableArray<int> Terms, ImmutableArray<bool> InContext)
{
    /// <summary>Why a measurement this phrasing supports was read (made once, not for every number scored).</summary>
    public string Reason { get; } = "cụm từ \"" + Source.Text + "\"";
}
