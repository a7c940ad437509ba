using System.Globalization;
using Lucene.Net.Documents;
using TongHop.Search.Analysis;
using TongHop.Search.Indexing;
using TongHop.Search.Results;

namespace TongHop.Search.Querying;

/// <summary>Runs a <see cref="SearchQuery"/> on the index and reads the hits, each with its snippet.</summary>
public static class TextSearch
{
    public const int MaxLimit = 200;

    public static SearchResults Run(SearchIndex index, SearchQuery query, SearchScope scope, int limit = 20, int offset = 0)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(query);
        if (scope.IsNothing)
        {
            return SearchResults.Empty;
        }

        limit = Math.Clamp(limit, 1, MaxLimit);
        offset = Math.Max(0, offset);
        var lucene = LuceneQueryBuilder.Build(query, scope);
        var snippets = new SnippetBuilder(query);
        return index.Use(searcher =>
        {
            var top = searcher.Search(lucene, offset + limit);
            var hits = top.ScoreDocs.Skip(offset).Select(sd => Hit(searcher.Doc(sd.Doc), sd.Score, snippets)).ToList();
            return new SearchResults(top.TotalHits, hits);
        });
    }

    private static SearchHit Hit(Document d, float score, SnippetBuilder snippets) => new(Header(d), score, snippets.Build(d.Get(SearchFields.Folded) ?? ""));

    private static ReportHeader Header(Document d) => new(
        Int(d, SearchFields.Id),
        Int(d, SearchFields.Version),
        Int(d, SearchFields.UnitId),
        d.Get(SearchFields.UnitCode) ?? "",
        d.Get(SearchFields.UnitName) ?? "",
        Int(d, SearchFields.RequestId),
        d.Get(SearchFields.RequestTitle) ?? "",
        d.Get(SearchFields.Period) ?? "",
        d.Get(SearchFields.TypeLabel),
        d.Get(SearchFields.Number),
        DateOnly.TryParseExact(d.Get(SearchFields.Date), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null);

    private static int Int(Document d, string field) =>
        int.TryParse(d.Get(field), NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : 0;
}
