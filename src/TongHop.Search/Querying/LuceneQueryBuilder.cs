using Lucene.Net.Index;
using Lucene.Net.Search;
using TongHop.Search.Analysis;
using TongHop.Search.Indexing;

using TongHop.Text.Documents;

namespace TongHop.Search.Querying;

/// <summary>
/// Turns a <see cref="SearchQuery"/> into a Lucene query. Every clause must match in the folded field; where the
/// query is written with diacritics, the same clauses in the exact field are an optional part boosted by
/// <see cref="ExactBoost"/>, so "Đảng ủy" finds "Dang uy" too but ranks "Đảng ủy" first. Filters and the caller's <see cref="SearchScope"/> are required
/// clauses of the same query, so ranking and paging only ever see what the caller may see.
/// </summary>
public static class LuceneQueryBuilder
{
    public const float ExactBoost = 4f;
    private const float CitationBoost = 8f;

    private static VietnameseAnalyzer Analyzer => SearchIndex.Analyzer;

    public static Query Build(SearchQuery query, SearchScope scope)
    {
        ArgumentNullException.ThrowIfNull(query);
        var root = new BooleanQuery();
        var exact = new BooleanQuery { Boost = ExactBoost };
        foreach (var clause in query.Clauses)
        {
            if (Clause(clause) is not var (folded, exactOnly))
            {
                continue;
            }

            root.Add(query.CitationNumber is { } number ? WithCitationKey(folded, number) : folded, Occur.MUST);
            if (exactOnly is not null)
            {
                exact.Add(exactOnly, Occur.SHOULD);
            }
        }

        if (root.Clauses.Count == 0)
        {
            root.Add(new MatchAllDocsQuery(), Occur.MUST);
        }

        // Optional, so it is only advanced to the documents the required clauses match (cheaper than a
        // disjunction per word), and adds to the score of the exact spelling.
        if (exact.Clauses.Count > 0)
        {
            root.Add(exact, Occur.SHOULD);
        }

        AddFilters(root, query.Filters, scope);
        return root;
    }

    // The clause on the folded field, and on the exact field when the query is written with diacritics; null when the
    // clause has no word at all.
    private static (Query Folded, Query? Exact)? Clause(QueryClause clause)
    {
        var folded = Analyzer.Terms(SearchFields.Folded, clause.Text);
        var exact = Analyzer.Terms(SearchFields.Exact, clause.Text);
        if (folded.Count == 0)
        {
            return null;
        }

        // "02-KH" typed as one word is three tokens: a phrase.
        var kind = clause.Kind == ClauseKind.Word && folded.Count > 1 ? ClauseKind.Phrase : clause.Kind;
        var foldedQuery = Single(kind, SearchFields.Folded, folded);
        return (foldedQuery, folded.SequenceEqual(exact, StringComparer.Ordinal) ? null : Single(kind, SearchFields.Exact, exact));
    }

    private static Query Single(ClauseKind kind, string field, IReadOnlyList<string> terms) => kind switch
    {
        ClauseKind.Prefix when terms.Count == 1 => new PrefixQuery(new Term(field, terms[0])),
        ClauseKind.Prefix => PhraseThenPrefix(field, terms),
        ClauseKind.Phrase when terms.Count > 1 => Phrase(field, terms),
        _ => new TermQuery(new Term(field, terms[0])),
    };

    private static PhraseQuery Phrase(string field, IReadOnlyList<string> terms)
    {
        var phrase = new PhraseQuery();
        foreach (var term in terms)
        {
            phrase.Add(new Term(field, term));
        }

        return phrase;
    }

    // "công-ngh*" typed as one word: every token but the last must occur, the last as a prefix.
    private static BooleanQuery PhraseThenPrefix(string field, IReadOnlyList<string> terms)
    {
        var all = new BooleanQuery();
        foreach (var term in terms.Take(terms.Count - 1))
        {
            all.Add(new TermQuery(new Term(field, term)), Occur.MUST);
        }

        all.Add(new PrefixQuery(new Term(field, terms[^1])), Occur.MUST);
        return all;
    }

    // A document number matches where the text writes it (any separators: the tokens are the same) or where the
    // extractor read it as a citation (any spelling: the key is the same).
    private static BooleanQuery WithCitationKey(Query textQuery, string number)
    {
        var cited = new TermQuery(new Term(SearchFields.Citation, DocumentNumber.KeyOf(number))) { Boost = CitationBoost };
        return new BooleanQuery { { textQuery, Occur.SHOULD }, { cited, Occur.SHOULD } };
    }

    private static void AddFilters(BooleanQuery root, SearchFilters filters, SearchScope scope)
    {
        if (!scope.Everything)
        {
            // Nothing visible: a unit id that never exists.
            Filter(root, new TermQuery(new Term(SearchFields.UnitId, scope.UnitId is { } u ? SearchIndex.Id(u) : "-")));
        }

        if (filters.UnitCode is { Length: > 0 } code)
        {
            Filter(root, new TermQuery(new Term(SearchFields.UnitCode, code)));
        }

        if (filters.RequestId is { } request)
        {
            Filter(root, new TermQuery(new Term(SearchFields.RequestId, SearchIndex.Id(request))));
        }

        if (filters.DocumentType is { Length: > 0 } type)
        {
            Filter(root, new TermQuery(new Term(SearchFields.Type, SearchDocumentFields.TypeKey(type))));
        }

        if (filters.Period is { Length: > 0 } period && Analyzer.Terms(SearchFields.Period, period) is { Count: > 0 } words)
        {
            Filter(root, words.Count == 1 ? new TermQuery(new Term(SearchFields.Period, words[0])) : Phrase(SearchFields.Period, words));
        }
    }

    // A filter restricts without scoring.
    private static void Filter(BooleanQuery root, Query filter) =>
        root.Add(new ConstantScoreQuery(filter) { Boost = 0 }, Occur.MUST);
}
