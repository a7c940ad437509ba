using Microsoft.EntityFrameworkCore;
using TongHop.Search.Indexing;
using TongHop.Search.Querying;
using TongHop.Search.Tests.Support;
using TongHop.Storage.Entities;
using TongHop.Storage.Tests.Support;

namespace TongHop.Search.Tests.Indexing;

public sealed class SearchIndexerTests
{
    public static TheoryData<string> Providers => TestDatabase.Providers;

    private static readonly DateTime T0 = new(2025, 10, 2, 3, 0, 0, DateTimeKind.Utc);

    private const string Json = """{"document":{"type":"Báo cáo","number":"51/BC-UBND","date":"2025-09-30"},"citations":[{"number":"02-KH/BCĐTW"}]}""";

    private static int[] Find(SearchIndex index, string text, SearchScope? scope = null)
    {
        Assert.True(SearchQuery.TryParse(text, null, out var q, out var error), error);
        return [.. TextSearch.Run(index, q, scope ?? SearchScope.All).Hits.Select(h => h.Report.SubmissionId).Order()];
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task CatchUp_IndexesStoredExtractions_OnceEach(string provider)
    {
        await using var db = await SeededDatabase.CreateAsync(provider);
        using var temp = new TempIndex();
        var a = await db.AddAsync(db.UnitA, "Đảng ủy xã chỉ đạo dùng VNeID.", T0, Json);
        var b = await db.AddAsync(db.UnitB, "Xã đề nghị cấp máy tính.", T0.AddMinutes(1));

        Assert.Equal(2, await db.WithDbAsync(d => SearchIndexer.CatchUpAsync(d, temp.Index)));
        Assert.Equal(0, await db.WithDbAsync(d => SearchIndexer.CatchUpAsync(d, temp.Index)));
        Assert.Equal(T0.AddMinutes(1), temp.Index.Watermark);
        Assert.Equal([a.Id], Find(temp.Index, "vneid"));
        Assert.Equal([b.Id], Find(temp.Index, "may tinh"));
        var hit = Assert.Single(TextSearch.Run(temp.Index, Parse("02/KH-BCDTW"), SearchScope.All).Hits);
        Assert.Equal(("51/BC-UBND", "Báo cáo", "Xã An Hòa", "XA-A"), (hit.Report.DocumentNumber, hit.Report.DocumentType, hit.Report.UnitName, hit.Report.UnitCode));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task CatchUp_LateAndReprocessedRows_Indexed(string provider)
    {
        await using var db = await SeededDatabase.CreateAsync(provider);
        using var temp = new TempIndex();
        await db.AddAsync(db.UnitA, "Báo cáo đầu tiên.", T0);
        await db.WithDbAsync(d => SearchIndexer.CatchUpAsync(d, temp.Index));

        // Another worker commits a row processed a minute before the watermark, and a submission is re-processed.
        var late = await db.AddAsync(db.UnitB, "Báo cáo đến muộn về VNeID.", T0.AddMinutes(-1));
        var first = await db.WithDbAsync(d => d.Submissions.SingleAsync(s => s.RestoredText == "Báo cáo đầu tiên."));
        await db.WithDbAsync(async d =>
        {
            var s = await d.Submissions.SingleAsync(x => x.Id == first.Id);
            (s.RestoredText, s.ProcessedAtUtc) = ("Báo cáo đã xử lý lại, có máy tính.", T0.AddMinutes(5));
            return await d.SaveChangesAsync();
        });

        Assert.Equal(2, await db.WithDbAsync(d => SearchIndexer.CatchUpAsync(d, temp.Index)));
        Assert.Equal([late.Id], Find(temp.Index, "vneid"));
        Assert.Equal([first.Id], Find(temp.Index, "may tinh"));
        Assert.Empty(Find(temp.Index, "\"đầu tiên\""));
        Assert.Equal(2, temp.Index.Count);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Rebuild_FromStoredDocuments_SameHits(string provider)
    {
        await using var db = await SeededDatabase.CreateAsync(provider);
        using var temp = new TempIndex();
        var a = await db.AddAsync(db.UnitA, "Đảng ủy xã.", T0);
        await db.WithDbAsync(d => d.Submissions.Where(s => s.Id == a.Id).ExecuteUpdateAsync(u => u.SetProperty(s => s.State, ProcessingState.Failed)));
        await db.AddAsync(db.UnitB, "Đảng ủy phường.", T0);
        Assert.Equal(1, await db.WithDbAsync(d => SearchIndexer.RebuildAsync(d, temp.Index)));
        Assert.Equal(1, await db.WithDbAsync(d => SearchIndexer.RebuildAsync(d, temp.Index)));
        Assert.Single(Find(temp.Index, "dang uy"));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task ReportSearch_IndicatorCondition_FromStoredValues(string provider)
    {
        await using var db = await SeededDatabase.CreateAsync(provider);
        using var temp = new TempIndex();
        var low = await db.AddAsync(db.UnitA, "Tỷ lệ hồ sơ trực tuyến đạt 42,5%.", T0, null, ("online_dossier_rate", 42.5m));
        await db.AddAsync(db.UnitB, "Tỷ lệ hồ sơ trực tuyến đạt 65,5%.", T0, null, ("online_dossier_rate", 65.5m));
        var search = new ReportSearch(temp.Index);

        var below = await db.WithDbAsync(d => search.SearchAsync(d, "online_dossier_rate < 50", SearchFilters.None, SearchScope.All));
        Assert.Null(below.Error);
        Assert.Equal([low.Id], below.Values.Select(v => v.SubmissionId));
        Assert.Equal(42.5m, below.Values[0].Value);

        var between = await db.WithDbAsync(d => search.SearchAsync(d, "online_dossier_rate between 40 and 70", SearchFilters.None, SearchScope.OfUnit(db.UnitB.Id)));
        Assert.Equal([db.UnitB.Id], between.Values.Select(v => v.UnitId));

        var unknown = await db.WithDbAsync(d => search.SearchAsync(d, "no_such_rate < 5", SearchFilters.None, SearchScope.All));
        Assert.Contains("Unknown indicator key 'no_such_rate'", unknown.Error, StringComparison.Ordinal);
        Assert.Contains("online_dossier_rate", unknown.Error, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task ReportSearch_Reporter_NeverSeesOtherUnits(string provider)
    {
        await using var db = await SeededDatabase.CreateAsync(provider);
        using var temp = new TempIndex();
        for (var i = 0; i < 30; i++)
        {
            await db.AddAsync(i % 3 == 0 ? db.UnitA : db.UnitB, $"Báo cáo số {i} về chuyển đổi số.", T0.AddMinutes(i), null, ("online_dossier_rate", i));
        }

        await db.WithDbAsync(d => SearchIndexer.CatchUpAsync(d, temp.Index));
        var search = new ReportSearch(temp.Index);
        var text = await db.WithDbAsync(d => search.SearchAsync(d, "chuyen doi so", SearchFilters.None, SearchScope.OfUnit(db.UnitA.Id), limit: 5));
        Assert.Equal(10, text.Text.Total);
        Assert.Equal(5, text.Text.Hits.Count);
        Assert.All(text.Text.Hits, h => Assert.Equal(db.UnitA.Id, h.Report.UnitId));
        var values = await db.WithDbAsync(d => search.SearchAsync(d, "online_dossier_rate >= 0", SearchFilters.None, SearchScope.OfUnit(db.UnitA.Id)));
        Assert.Equal(10, values.ValueTotal);
        Assert.All(values.Values, v => Assert.Equal(db.UnitA.Id, v.UnitId));
    }

    private static SearchQuery Parse(string text)
    {
        Assert.True(SearchQuery.TryParse(text, null, out var q, out var error), error);
        return q;
    }
}
