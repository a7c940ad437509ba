using Microsoft.Extensions.Configuration;

namespace TongHop.Application.Search;

/// <summary>
/// Where this node keeps its search index (<c>TongHop:Search:Index</c>, default <c>DATA/search-index</c>; with
/// PostgreSQL and a shared data folder, point each web node at a local folder) and how often the indexing service
/// looks for newly stored extractions (<c>TongHop:Search:PollMilliseconds</c>).
/// </summary>
public sealed record SearchOptions(string IndexFolder, TimeSpan Poll)
{
    public static SearchOptions From(IConfiguration configuration, string dataDirectory)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return new SearchOptions(
            configuration["TongHop:Search:Index"] is { Length: > 0 } folder ? folder : DefaultFolder(dataDirectory),
            TimeSpan.FromMilliseconds(configuration.GetValue("TongHop:Search:PollMilliseconds", 2000)));
    }

    public static string DefaultFolder(string dataDirectory) => Path.Combine(dataDirectory, "search-index");
}
