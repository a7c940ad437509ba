namespace TongHop.Search.Querying;

/// <summary>What one part of a query asks for.</summary>
public enum ClauseKind
{
    /// <summary>A word that must occur.</summary>
    Word,

    /// <summary>A word start, written <c>ngh*</c>.</summary>
    Prefix,

    /// <summary>Words in this order, written in double quotes.</summary>
    Phrase,
}
