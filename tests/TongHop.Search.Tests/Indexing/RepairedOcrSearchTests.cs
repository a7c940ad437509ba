using TongHop.Repair;
using TongHop.Search.Querying;
using TongHop.Search.Tests.Support;

namespace TongHop.Search.Tests.Indexing;

/// <summary>The case: the input is English-OCR text where "Đảng ủy" reads "Pang uy"; after repair, a search for "Đảng ủy" finds it.</summary>
public sealed class RepairedOcrSearchTests
{
    // Written for this test in the style of the OCR samples: diacritics lost or mangled, Đ read as P.
    private const string OcrText =
        "UY BAN NHAN DAN XA AN HOA\n" +
        "Thuc hién chi dao cua Pang uy xa vé chuyén déi s6, UBND xa bao cao két qua nhu sau:\n" +
        "Pang uy xa da ban hanh Nghi quyét vé phat trién khoa hoc, cong nghé va chuyén déi s6.\n";

    [Fact]
    public void Search_DangUy_FindsRepairedOcrPangUy()
    {
        var restored = VietnameseTextRepairer.Default.Repair(OcrText).Restored;
        Assert.DoesNotContain("Đảng ủy", OcrText, StringComparison.Ordinal);
        using var temp = new TempIndex().With(TempIndex.Report(1, restored), TempIndex.Report(2, "Xã khác không nhắc tới cấp ủy."));
        Assert.True(SearchQuery.TryParse("Đảng ủy", null, out var query, out _));
        var hit = Assert.Single(TextSearch.Run(temp.Index, query, SearchScope.All).Hits);
        Assert.Equal(1, hit.Report.SubmissionId);
        Assert.Contains("Đảng", hit.Snippet.Pieces().Where(p => p.Highlighted).Select(p => p.Text));
    }

    [Fact]
    public void Search_DangUy_UnrepairedOcrNotFound()
    {
        // Folding alone does not bridge "Pang" and "Đảng": the hit above is repair's doing.
        using var temp = new TempIndex().With(TempIndex.Report(1, OcrText));
        Assert.True(SearchQuery.TryParse("Đảng ủy", null, out var query, out _));
        Assert.Empty(TextSearch.Run(temp.Index, query, SearchScope.All).Hits);
    }
}
