using TongHop.Core;

namespace TongHop.Extraction.Indicators.Matching;

/// <summary>The catalog terms that occur in one sentence, by term id.</summary>
internal sealed class SentenceTerms
{
    // Made on the first hit: many sentences have none.
    private Dictionary<int, List<TermHit>>? _byTerm;

    public SentenceTerms(TextSpan span) => Span = span;

    public TextSpan Span { get; }

    public void Add(TermHit hit)
    {
        _byTerm ??= [];
        if (!_byTerm.TryGetValue(hit.TermId, out var list))
        {
            list = [];
            _byTerm[hit.TermId] = list;
        }

        list.Add(hit);
    }

    public bool Has(int termId) => _byTerm is not null && _byTerm.ContainsKey(termId);

    // (Not "? list : []": that empty collection is a new List, made on every look-up of a term the sentence lacks.)
    public IReadOnlyList<TermHit> Hits(int termId) =>
        _byTerm is not null && _byTerm.TryGetValue(termId, out var list) ? list : Array.Empty<TermHit>();

    /// <summary>Whether the term occurs in the sentence before <paramref name="position"/>.</summary>
    public bool HasBefore(int termId, int position)
    {
        if (_byTerm is not null && _byTerm.TryGetValue(termId, out var list))
        {
            foreach (var hit in list)
            {
                if (hit.End <= position)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
