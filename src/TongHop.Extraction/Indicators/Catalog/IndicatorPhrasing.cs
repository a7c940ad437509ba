using System.Collections.Immutable;
using TongHop.Text.Normalization;

namespace TongHop.Extraction.Indicators.Catalog;

/// <summary>
/// A way reports name an indicator: terms that must all occur in the sentence of a number, in any order.
/// Written in the catalog as <c>"thanh toán không dùng tiền mặt + ~bảo trợ xã hội"</c>.
/// </summary>
/// <param name="Text">The phrasing as written in the catalog.</param>
public sealed record IndicatorPhrasing(string Text, ImmutableArray<PhrasingTerm> Terms)
{
    /// <summary>How many words the phrasing has; longer phrasings are more specific.</summary>
    public int WordCount { get; } = Terms.Sum(t => t.Folded.Count(c => c == ' ') + 1);

    public static IndicatorPhrasing Parse(string text)
    {
        var terms = text.Split('+', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(ParseTerm)
            .Where(t => t.Folded.Length > 0)
            .ToImmutableArray();
        return new IndicatorPhrasing(text, terms);
    }

    /// <summary>The terms as the catalog writes them, marks kept and the "~" of a context term left out.</summary>
    public IEnumerable<string> WrittenTerms =>
        Text.Split('+', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(t => t.TrimStart('~').Trim())
            .Where(t => t.Length > 0);

    /// <summary>Folds a term into the word form the matcher uses: "tin, bài" → "tin bai".</summary>
    public static string Fold(string term) => string.Join(' ', CatalogWords.Split(VietnameseText.FoldLower(term)));

    private static PhrasingTerm ParseTerm(string term) =>
        term.StartsWith('~') ? new PhrasingTerm(Fold(term[1..]), true) : new PhrasingTerm(Fold(term), false);
}
