namespace TongHop.Extraction.Tests.Indicators;

/// <summary>
/// A unit word of one syllable is compared with its marks where the text writes marks: "ban chuyên môn" (boards) counts
/// no "bản" (villages), though both fold to "ban". Text without any mark (English OCR as read) is still compared folded.
/// </summary>
public sealed class UnitWordMarksTests
{
    private const string Head = "BÁO CÁO\nKết quả chuyển đổi số năm 2025\n\nI. KẾT QUẢ NĂM 2025\n";

    [Fact]
    public void BoardsWrittenWithMarks_AreNoVillages() =>
        Assert.Empty(ExtractorHarness.Values(Head + "Ủy ban nhân dân xã có 05 ban chuyên môn trực thuộc, mỗi ban có 01 cán bộ phụ trách.\n", "villages"));

    [Fact]
    public void VillagesWrittenWithMarks_AreCounted() =>
        Assert.Equal(17m, ExtractorHarness.Single(Head + "Toàn xã có 17 bản, sóng 4G đã phủ đến tất cả các bản.\n", "villages").Value);

    [Fact]
    public void VillagesWithoutAnyMark_AreComparedFolded() =>
        Assert.Equal(17m, ExtractorHarness.Single(Head + "Toan xa co 17 ban, song 4G da phu den tat ca cac ban.\n", "villages").Value);
}
