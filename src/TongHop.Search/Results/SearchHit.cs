using TongHop.Search.Indexing;

namespace TongHop.Search.Results;

/// <summary>One report found: where it comes from and what it is, its score, and the snippet around its best match.</summary>
public sealed record SearchHit(ReportHeader Report, float Score, Snippet Snippet);
