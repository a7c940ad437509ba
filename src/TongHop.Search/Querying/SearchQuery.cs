using System.Text.RegularExpressions;
using TongHop.Text.Normalization;

using TongHop.Text.Documents;

namespace TongHop.Search.Querying;

/// <summary>
/// A parsed search: every clause must match (words, <c>prefix*</c>, <c>"phrases"</c>); <c>unit:CODE</c>,
/// <c>request:ID</c>, <c>period:"…"</c> and <c>type:"…"</c> filter; a query that is a document number
/// ("02 KH BCĐTW") also matches the cited-document key. Parsing is lenient: an unclosed quote ends at the end.
/// </summary>
public sealed partial record SearchQuery(IReadOnlyList<QueryClause> Clauses, SearchFilters Filters, string? CitationNumber)
{
    /// <summary>The query as typed without its filters, e.g. "online_dossier_rate &lt; 50" of "online_dossier_rate &lt; 50 request:3".</summary>
    public string Rest { get; private init; } = "";

    public const int MaxLength = 500;

    /// <summary>Parses <paramref name="text"/>; false with an English <paramref name="error"/> when it asks for nothing or is malformed.</summary>
    public static bool TryParse(string? text, SearchFilters? filters, out SearchQuery query, out string error)
    {
        query = new SearchQuery([], filters ?? SearchFilters.None, null);
        text = VietnameseText.Nfc(text ?? "").Trim();
        if (text.Length > MaxLength)
        {
            error = $"The query is longer than {MaxLength} characters.";
            return false;
        }

        var clauses = new List<QueryClause>();
        var typed = SearchFilters.None;
        var rest = new List<string>();
        foreach (Match m in Part().Matches(text))
        {
            if (m.Groups["key"].Success)
            {
                if (!TryFilter(typed, m.Groups["key"].Value.ToLowerInvariant(), Value(m), out typed, out error))
                {
                    return false;
                }
            }
            else
            {
                rest.Add(m.Value);
                clauses.Add(Clause(m));
            }
        }

        var merged = typed.Merge(filters ?? SearchFilters.None);
        var remaining = string.Join(' ', rest);
        var citation = DocumentNumber.LooksLikeNumber(remaining) ? remaining.Trim() : null;
        if (citation is not null)
        {
            clauses = [new QueryClause(ClauseKind.Phrase, citation)];
        }

        clauses.RemoveAll(c => c.Text.Length == 0);
        if (clauses.Count == 0 && merged == SearchFilters.None)
        {
            error = "The query is empty: type words, \"a phrase\", a prefix* or a filter such as unit:CODE.";
            return false;
        }

        query = new SearchQuery(clauses, merged, citation) { Rest = remaining };
        error = "";
        return true;
    }

    private static string Value(Match m) => m.Groups["quoted"].Success ? m.Groups["quoted"].Value : m.Groups["bare"].Value;

    private static QueryClause Clause(Match m)
    {
        if (m.Groups["phrase"].Success)
        {
            return new QueryClause(ClauseKind.Phrase, m.Groups["phrase"].Value.Trim());
        }

        var word = m.Value.Trim('"');
        return word.EndsWith('*') ? new QueryClause(ClauseKind.Prefix, word.TrimEnd('*')) : new QueryClause(ClauseKind.Word, word);
    }

    private static bool TryFilter(SearchFilters filters, string key, string value, out SearchFilters result, out string error)
    {
        (result, error) = (filters, "");
        switch (key)
        {
            case "unit":
                result = filters with { UnitCode = value };
                return true;
            case "request" when int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id):
                result = filters with { RequestId = id };
                return true;
            case "request":
                error = $"request: takes a request id (a number), not '{value}'.";
                return false;
            case "period":
                result = filters with { Period = value };
                return true;
            default:
                result = filters with { DocumentType = value };
                return true;
        }
    }

    [GeneratedRegex(@"(?<key>unit|request|period|type):(?:""(?<quoted>[^""]*)""?|(?<bare>\S*))|""(?<phrase>[^""]*)""?|[^\s""]+",
        RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 200)]
    private static partial Regex Part();
}
