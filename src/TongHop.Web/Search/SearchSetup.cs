using TongHop.Search;
using TongHop.Search.Indexing;

namespace TongHop.Web.Search;

/// <summary>The search index of this node, the search entry point and the service that keeps the index in step.</summary>
internal static class SearchSetup
{
    public static IServiceCollection AddTongHopSearch(this IServiceCollection services, IConfiguration configuration, WebAppOptions app)
    {
        var options = SearchOptions.From(configuration, app);
        services.AddSingleton(options);
        services.AddSingleton(_ => SearchIndex.Open(options.IndexFolder));
        services.AddSingleton<ReportSearch>();
        services.AddHostedService<SearchIndexingService>();
        return services;
    }
}
