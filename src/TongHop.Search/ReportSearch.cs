using TongHop.Search.Indexing;
using TongHop.Search.Querying;
using TongHop.Search.Results;
using TongHop.Storage;

namespace TongHop.Search;

/// <summary>
/// The one entry point of the web page, the API and the CLI: an indicator condition (<c>online_dossier_rate &lt; 50</c>)
/// is answered from the stored values, anything else from the text index. Bad input is a <see cref="SearchOutcome.Problem"/>
/// (English text for the CLI, a kind the web says in Vietnamese: <c>Application/Search/SearchMessages</c>), never an exception.
/// </summary>
public sealed class ReportSearch(SearchIndex index)
{
    public async Task<SearchOutcome> SearchAsync(
        TongHopDbContext db, string? text, SearchFilters filters, SearchScope scope, int limit = 20, int offset = 0, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filters);
        if (!SearchQuery.TryRead(text, filters, out var query, out var error))
        {
            return new SearchOutcome(error, null, SearchResults.Empty, 0, []);
        }

        if (IndicatorCondition.TryParse(query.Rest, out var condition))
        {
            var values = await IndicatorValueSearch.RunAsync(db, condition, query.Filters, scope, limit, cancellationToken);
            return new SearchOutcome(values.Error, condition, SearchResults.Empty, values.Total, values.Hits);
        }

        index.Refresh();
        return new SearchOutcome(null, null, TextSearch.Run(index, query, scope, limit, offset), 0, []);
    }
}
