namespace TongHop.Search;

/// <summary>Why a search was refused, so that each surface can say it in its own language.</summary>
public enum SearchErrorKind
{
    /// <summary>Longer than <see cref="Querying.SearchQuery.MaxLength"/> characters.</summary>
    TooLong,

    /// <summary>No word, phrase or filter.</summary>
    Empty,

    /// <summary><c>request:</c> followed by something that is not a number (<see cref="SearchError.Value"/>).</summary>
    RequestNotANumber,

    /// <summary>An indicator condition on a key that is not in the catalog (<see cref="SearchError.Value"/>).</summary>
    UnknownIndicator,
}

/// <summary>A refused search: its <see cref="Kind"/>, the offending <see cref="Value"/> when there is one, and the English text (CLI).</summary>
public sealed record SearchError(SearchErrorKind Kind, string English, string? Value = null);
