namespace TongHop.Search.Results;

/// <summary>A page of hits, best first, and how many reports matched in all (within the caller's scope).</summary>
public sealed record SearchResults(int Total, IReadOnlyList<SearchHit> Hits)
{
    public static SearchResults Empty { get; } = new(0, []);
}
