using TongHop.Search.Indexing;

namespace TongHop.Search.Tests.Support;

/// <summary>A search index in a fresh temp folder, deleted on dispose.</summary>
public sealed class TempIndex : IDisposable
{
    public TempIndex()
    {
        Folder = Path.Combine(Path.GetTempPath(), "tonghop-search-" + Guid.NewGuid().ToString("N"));
        Index = SearchIndex.Open(Folder);
    }

    public string Folder { get; }

    public SearchIndex Index { get; }

    /// <summary>Indexes reports made by <see cref="Report"/> and commits.</summary>
    public TempIndex With(params SearchDocument[] documents)
    {
        Index.Put(documents);
        Index.Commit(DateTime.UtcNow);
        return this;
    }

    public static SearchDocument Report(int id, string text, int unitId = 1, int requestId = 1, string? type = "Báo cáo", string period = "9 tháng đầu năm 2025", params string[] cited) =>
        new(new ReportHeader(id, 1, unitId, "U" + unitId, "Xã số " + unitId, requestId, "Yêu cầu " + requestId, period, type, id + "/BC-UBND", new DateOnly(2025, 9, 30)),
            new DateTime(2025, 10, 1, 0, 0, 0, DateTimeKind.Utc).AddMinutes(id), cited, text);

    public void Dispose()
    {
        Index.Dispose();
        Directory.Delete(Folder, recursive: true);
    }
}
