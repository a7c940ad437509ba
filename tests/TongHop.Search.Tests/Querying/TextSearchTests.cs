using TongHop.Search.Querying;
using TongHop.Search.Results;
using TongHop.Search.Tests.Support;
using static TongHop.Search.Tests.Support.TempIndex;

namespace TongHop.Search.Tests.Querying;

public sealed class TextSearchTests : IDisposable
{
    private readonly TempIndex _temp = new TempIndex().With(
        Report(1, "Đảng ủy xã chỉ đạo triển khai ứng dụng VNeID cho người dân.", unitId: 1),
        Report(2, "Dang uy xa chi dao trien khai (ban OCR khong dau).", unitId: 2),
        Report(3, "Thực hiện Kế hoạch số 02-KH/BCĐTW của Ban Chỉ đạo Trung ương về chuyển đổi số.", unitId: 3, requestId: 2),
        Report(4, "Đề nghị cấp thêm máy tính cho bộ phận một cửa; công nghệ thông tin còn thiếu.", unitId: 1, requestId: 2, type: "Kế hoạch"),
        Report(5, "Báo cáo căn cứ văn bản đã dẫn.", unitId: 4, cited: "02/KH-BCDTW"));

    private SearchResults Search(string text, SearchScope? scope = null, SearchFilters? filters = null)
    {
        Assert.True(SearchQuery.TryParse(text, filters, out var query, out var error), error);
        return TextSearch.Run(_temp.Index, query, scope ?? SearchScope.All);
    }

    private static int[] Ids(SearchResults r) => [.. r.Hits.Select(h => h.Report.SubmissionId)];

    [Fact]
    public void Run_QueryWithoutDiacritics_FindsDiacriticText() =>
        Assert.Equal([1, 2], Ids(Search("dang uy")).Order());

    [Fact]
    public void Run_QueryWithDiacritics_FindsTextWithout_ExactRanksFirst() =>
        Assert.Equal([1, 2], Ids(Search("Đảng ủy")));

    [Fact]
    public void Run_QueryWithDiacritics_ExactFirstWhateverTheIndexOrder()
    {
        using var temp = new TempIndex().With(Report(1, "Dang uy xa hop."), Report(2, "Đảng ủy xã họp."));
        Assert.True(SearchQuery.TryParse("Đảng ủy", null, out var q, out _));
        Assert.Equal([2, 1], TextSearch.Run(temp.Index, q, SearchScope.All).Hits.Select(h => h.Report.SubmissionId));
    }

    [Fact]
    public void Run_Phrase_WordsInOrderOnly()
    {
        Assert.Equal([1], Ids(Search("\"ứng dụng VNeID\"")));
        Assert.Empty(Search("\"VNeID ứng dụng\"").Hits);
    }

    [Fact]
    public void Run_Prefix_MatchesWordStarts() => Assert.Equal([4], Ids(Search("công ngh*")));

    [Fact]
    public void Run_CaseInsensitive() => Assert.Equal([1], Ids(Search("vneid")));

    [Theory]
    [InlineData("02-KH/BCĐTW")]
    [InlineData("02/KH-BCDTW")]
    [InlineData("02 KH BCĐTW")]
    public void Run_DocumentNumberAnySpelling_FindsTextAndCitation(string number) =>
        Assert.Equal([3, 5], Ids(Search(number)).Order());

    [Fact]
    public void Run_Filters_UnitRequestType()
    {
        Assert.Equal([1], Ids(Search("dang uy unit:U1")));
        Assert.Equal([3, 4], Ids(Search("request:2")).Order());
        Assert.Equal([4], Ids(Search("type:\"ke hoach\"")));
        Assert.Empty(Search("may tinh", filters: new SearchFilters(Period: "6 tháng")).Hits);
        Assert.Equal([4], Ids(Search("may tinh", filters: new SearchFilters(Period: "9 thang"))));
    }

    [Fact]
    public void Run_UnitScope_NeverSeesOtherUnits()
    {
        var mine = Search("dang uy", SearchScope.OfUnit(2));
        Assert.Equal([2], Ids(mine));
        Assert.Equal(1, mine.Total);
        Assert.All(Search("request:2", SearchScope.OfUnit(2)).Hits, h => Assert.Equal(2, h.Report.UnitId));
        Assert.Empty(Search("dang uy unit:U1", SearchScope.OfUnit(2)).Hits);
        Assert.Empty(Search("dang uy", SearchScope.Nothing).Hits);
    }

    [Fact]
    public void Run_Hit_SnippetHighlightsMatchedWordsWithSpan()
    {
        var hit = Assert.Single(Search("vneid").Hits);
        Assert.Equal(["VNeID"], hit.Snippet.Pieces().Where(p => p.Highlighted).Select(p => p.Text));
        var text = "Đảng ủy xã chỉ đạo triển khai ứng dụng VNeID cho người dân.";
        Assert.Equal("VNeID", hit.Snippet.Match!.Value.Slice(text));
        Assert.Equal("Xã số 1", hit.Report.UnitName);
        Assert.Equal("1/BC-UBND", hit.Report.DocumentNumber);
    }

    [Fact]
    public void Run_Snippet_FoldedQueryHighlightsDiacriticWords()
    {
        var hit = Search("dang uy").Hits.Single(h => h.Report.SubmissionId == 1);
        Assert.Equal(["Đảng", "ủy"], hit.Snippet.Pieces().Where(p => p.Highlighted).Select(p => p.Text));
    }

    public void Dispose() => _temp.Dispose();
}
