using TongHop.Search.Querying;

namespace TongHop.Search.Tests.Querying;

public sealed class SearchQueryTests
{
    private static SearchQuery Parse(string text, SearchFilters? filters = null)
    {
        Assert.True(SearchQuery.TryParse(text, filters, out var query, out var error), error);
        return query;
    }

    [Fact]
    public void TryParse_WordsPhrasePrefix_InOrder()
    {
        var q = Parse("VNeID \"Đảng ủy xã\" công ngh*");
        Assert.Equal(
            [new QueryClause(ClauseKind.Word, "VNeID"), new QueryClause(ClauseKind.Phrase, "Đảng ủy xã"), new QueryClause(ClauseKind.Word, "công"), new QueryClause(ClauseKind.Prefix, "ngh")],
            q.Clauses);
        Assert.Null(q.CitationNumber);
    }

    [Fact]
    public void TryParse_Filters_ReadAndRemovedFromText()
    {
        var q = Parse("máy tính unit:XA-01 request:7 period:\"9 tháng\" type:\"Báo cáo\"");
        Assert.Equal(new SearchFilters("XA-01", 7, "9 tháng", "Báo cáo"), q.Filters);
        Assert.Equal(["máy", "tính"], q.Clauses.Select(c => c.Text));
    }

    [Fact]
    public void TryParse_GivenFiltersWinOverTyped() =>
        Assert.Equal("B", Parse("x unit:A", new SearchFilters(UnitCode: "B")).Filters.UnitCode);

    [Fact]
    public void TryParse_DocumentNumber_IsCitationPhrase()
    {
        var q = Parse("02 KH BCĐTW");
        Assert.Equal("02 KH BCĐTW", q.CitationNumber);
        Assert.Equal([new QueryClause(ClauseKind.Phrase, "02 KH BCĐTW")], q.Clauses);
    }

    [Fact]
    public void TryParse_UnclosedQuote_PhraseToTheEnd() =>
        Assert.Equal([new QueryClause(ClauseKind.Phrase, "chuyển đổi số")], Parse("\"chuyển đổi số").Clauses);

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\"\"")]
    [InlineData("request:abc")]
    public void TryParse_Bad_ClearError(string text)
    {
        Assert.False(SearchQuery.TryParse(text, null, out _, out var error));
        Assert.False(string.IsNullOrWhiteSpace(error));
    }

    [Fact]
    public void TryParse_TooLong_Error()
    {
        Assert.False(SearchQuery.TryParse(new string('a', SearchQuery.MaxLength + 1), null, out _, out var error));
        Assert.Contains("longer", error, StringComparison.Ordinal);
    }
}
