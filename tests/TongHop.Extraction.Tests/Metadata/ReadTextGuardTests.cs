using TongHop.Core.Documents;
using TongHop.Extraction.Metadata;
using TongHop.Parsing;

namespace TongHop.Extraction.Tests.Metadata;

/// <summary>
/// The signer's name checked against its line as OCR read it (before repair), and issuers with words that are no words.
/// The texts are written for these tests: a commune's report whose footer is given twice, as repaired and as read.
/// </summary>
public sealed class ReadTextGuardTests
{
    private static readonly MetadataExtractor Extractor = new();

    // The footer of a commune's report; {0} is the name line.
    private const string Report = """
        ỦY BAN NHÂN DÂN                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        XÃ TẢ VAN                          Độc lập - Tự do - Hạnh phúc
        Số: 31/BC-UBND                   Tả Van, ngày 18 tháng 11 năm 2025

        BÁO CÁO
        Kết quả triển khai nền tảng số cộng đồng năm 2025

        Trong năm, xã đã hoàn thành các nhiệm vụ được giao.

        Nơi nhận:                                    TM. ỦY BAN NHÂN DÂN
        - Văn phòng UBND tỉnh;                           CHỦ TỊCH
        - Lưu: VT.

        {0}
        """;

    private static DocumentMetadata Read(string restoredName, string? readName)
    {
        var restored = Report.Replace("{0}", restoredName, StringComparison.Ordinal);
        var read = readName is null ? null : Report.Replace("{0}", readName, StringComparison.Ordinal);
        return Extractor.Extract(new DocumentParser().Parse(restored), read);
    }

    [Fact]
    public void Signer_RepairChangedLettersThatSpellAnotherName_IsLeftUnreadWithAGap()
    {
        // English OCR writes Đ as P, but "Pao" is also a name (Páo): the letters cannot tell which.
        var metadata = Read("Vàng Văn Đạo", "Vang Van Pao");
        Assert.Null(metadata.Signer?.Name);
        Assert.Equal("TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH", metadata.Signer?.Title);
        var gap = Assert.Single(metadata.Gaps, g => g.Field == "signer");
        Assert.Equal(MetadataGap.Ambiguous, gap.Reason);
        Assert.Equal("Vang Van Pao", gap.Written);
    }

    [Fact]
    public void Signer_RepairChangedLettersWhereTheChannelMakesItsNameLikelier_KeepsTheRepairedNameDoubted()
    {
        // "Vi" is a family name too, but English OCR often prints ũ as a bare i and Vũ is commoner: repair's Vũ stays. By
        // the channel and the bands Vũ is only 0.2 nats likelier than Vi, so the reviewer is told to check it.
        var metadata = Read("Vũ Hoàng Yến", "Vi Hoang Yen");
        Assert.Equal("Vũ Hoàng Yến", metadata.Signer?.Name);
        var gap = Assert.Single(metadata.Gaps, g => g.Field == "signer");
        Assert.Equal(MetadataGap.Doubtful, gap.Reason);
        Assert.Equal("Vũ", gap.Written);
    }

    [Fact]
    public void Signer_RepairChangedLettersToANameTheChannelMakesLessLikely_IsLeftUnread()
    {
        // Bế read as "Vi" needs two changes English OCR seldom makes; Vi, the letters as read, is then the likelier
        // name: the letters cannot settle it, and the signer is left unread.
        var metadata = Read("Bế Thị Thu", "Vi Thi Thu");
        Assert.Null(metadata.Signer?.Name);
        Assert.Contains(metadata.Gaps, g => g.Field == "signer" && g.Reason == MetadataGap.Ambiguous);
    }

    [Theory]
    [InlineData("Đồng chí Ha Quang Hwng, Phó Chủ tịch, phụ trách.", "Hà Quang Hưng", null)] // ư read as w elsewhere: Hưng
    [InlineData("Giao đồng chí (Ha Quang\tHwng) phụ trách.", "Hà Quang Hưng", null)] // a tab between, in brackets
    [InlineData("Đồng chí Ha Quang Hung, Phó Chủ tịch, phụ trách.", "Hà Quang Hùng", "Hùng")] // marks dropped again: no evidence
    [InlineData("Đồng chí Ha Quang Minh, Phó Chủ tịch, phụ trách.", "Hà Quang Hùng", "Hùng")] // another person
    [InlineData("Trong năm, xã đã hoàn thành các nhiệm vụ được giao.", "Hà Quang Hùng", "Hùng")] // named once
    public void Signer_MarksDroppedOnTheNameLine_AreDecidedOnlyByAnotherReadingOfTheName(string bodyAsRead, string expected, string? doubted)
    {
        var restored = Report.Replace("{0}", "Hà Quang Hùng", StringComparison.Ordinal);
        var read = Report.Replace("{0}", "Ha Quang Hung", StringComparison.Ordinal)
            .Replace("Trong năm, xã đã hoàn thành các nhiệm vụ được giao.", bodyAsRead, StringComparison.Ordinal);
        var metadata = Extractor.Extract(new DocumentParser().Parse(restored), read);
        Assert.Equal(expected, metadata.Signer?.Name);

        // Without another reading, Hùng and Hưng are both common given names: the name stays, and the reviewer is told.
        var gaps = metadata.Gaps.Where(g => g.Field == "signer").ToList();
        if (doubted is null)
        {
            Assert.Empty(gaps);
        }
        else
        {
            var gap = Assert.Single(gaps);
            Assert.Equal((MetadataGap.Doubtful, doubted), (gap.Reason, gap.Written));
        }
    }

    [Fact]
    public void Signer_RepairChangedLettersThatSpellNoName_KeepsTheRepairedName()
    {
        // "Pinh" is no name: repair's Đình is the reading.
        var metadata = Read("Nguyễn Đình Phúc", "Nguyen Pinh Phuc");
        Assert.Equal("Nguyễn Đình Phúc", metadata.Signer?.Name);
        Assert.DoesNotContain(metadata.Gaps, g => g.Field == "signer" && g.Reason != MetadataGap.Doubtful); // kept (Đình or Định: doubted)
    }

    [Fact]
    public void Signer_MarksThatMakeNoNameInTheirPlace_TakeTheNameOfThoseLetters()
    {
        // Read as prose, the middle name came back "Vẫn" and the given name "Lọc".
        var metadata = Read("Giàng Vẫn Lọc", "Giang Van Loc");
        Assert.Equal("Giàng Văn Lộc", metadata.Signer?.Name);
        Assert.Empty(metadata.Gaps);
    }

    [Theory]
    [InlineData("Nguyên Mạnh Hùng", "Nguyén Manh Hung", "Nguyễn Mạnh Hùng")] // é for ễ; repair's Nguyên is no family name
    [InlineData("Nguyên Mạnh Hùng", "Nguyên Manh Hung", "Nguyên Mạnh Hùng")] // the marks as read are repair's: kept
    public void Signer_MarksAsReadThatAreNotRepairs_AreWeighedThroughTheChannel(string restored, string asRead, string expected)
    {
        Assert.Equal(expected, Read(restored, asRead).Signer?.Name);
    }

    [Fact]
    public void Signer_NameRepairLeftAsRead_IsKept()
    {
        Assert.Equal("Thào Thị Mai", Read("Thào Thị Mai", "Thào Thị Mai").Signer?.Name);
    }

    [Fact]
    public void Signer_MarksAsRead_AreKeptEvenWhereTheyMakeARareName()
    {
        // "Khởi" is in no list of given names, but OCR read its marks: they are evidence, not repair's guess.
        Assert.Equal("Đặng Văn Khởi", Read("Đặng Văn Khởi", "Đặng Văn Khởi").Signer?.Name);
        Assert.Equal("Đặng Văn Khôi", Read("Đặng Văn Khởi", "Dang Van Khoi").Signer?.Name);
    }

    [Fact]
    public void Signer_WithoutTheTextAsRead_IsNotChecked()
    {
        Assert.Equal("Giàng Vẫn Lọc", Read("Giàng Vẫn Lọc", null).Signer?.Name);
    }

    [Fact]
    public void Signer_TextAsReadWithOtherLines_IsNotCompared()
    {
        var restored = Report.Replace("{0}", "Vàng Văn Đạo", StringComparison.Ordinal);
        var read = Report.Replace("{0}", "Vang Van Pao\n\nextra line", StringComparison.Ordinal);
        Assert.Equal("Vàng Văn Đạo", Extractor.Extract(new DocumentParser().Parse(restored), read).Signer?.Name);
    }

    [Fact]
    public void Signer_RankBeforeTheNameAsRead_IsSkipped()
    {
        var metadata = Read("Thượng tá Sùng A Đạo", "Thuong ta Sung A Pao");
        Assert.Null(metadata.Signer?.Name);
        Assert.Contains(metadata.Gaps, g => g.Field == "signer" && g.Reason == MetadataGap.Ambiguous);
    }

    private const string School = """
        UBND HUYỆN MƯỜNG TÈ                   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        TRƯỜNG TRUNG HỌC CƠ SỞ                       Độc lập - Tự do - Hạnh phúc
        PA Ủ q ;
        Số: 12/BC-THCS                          Pa Ủ, ngày 02 tháng 12 năm 2025

        BÁO CÁO
        Tình hình ứng dụng công nghệ thông tin học kỳ I

        Trường Trung học cơ sở Pa Ũ báo cáo như sau.

        Nơi nhận:                                    HIỆU TRƯỞNG
        - Phòng GD&ĐT;
        - Lưu: VT.

                                                   Lò Thị Hoa
        """;

    [Fact]
    public void Issuer_WithAWordThatIsNoWord_IsLeftUnreadWithAGap()
    {
        var document = new DocumentParser().Parse(School);
        var metadata = Extractor.Extract(document);
        Assert.Null(metadata.Issuer);
        var gap = Assert.Single(metadata.Gaps, g => g.Field == "issuer");
        Assert.Equal(MetadataGap.Unreadable, gap.Reason);
        Assert.Contains("q", gap.Written, StringComparison.Ordinal);
        Assert.Contains("PA Ủ q", gap.Span.Slice(document.Text), StringComparison.Ordinal);
        Assert.Equal("Lò Thị Hoa", metadata.Signer?.Name);
    }

    [Theory]
    [InlineData("Trường Trung học phổ thông Sơn Vi f", "f")]
    [InlineData("UBND xã Nậm tnh", "tnh")]
    [InlineData("Trung tâm Y tế khu vực Bảo Yên wz", "wz")]
    [InlineData("Bệnh viện C Thái Nguyên", null)]
    [InlineData("Trường THPT số 2 Bảo Thắng", null)]
    [InlineData("Sở Khoa học và Công nghệ", null)]
    [InlineData("Đảng ủy xã Ý Yên", null)]
    [InlineData("Ban Quản lý các khu công nghiệp và chế xuất", null)]
    public void Garbled_FindsAWordThatIsNoWord(string issuer, string? expected)
    {
        Assert.Equal(expected, GarbledIssuer.Garbled(issuer));
    }
    [Theory]
    [InlineData("Hố Văn Lực", "H6 Van Luc", "Hồ Văn Lực")] // a 6 for the ồ: the letters are h-o, Hố is no family name
    [InlineData("Đỗ Thị Nhung", "D6 Thi Nhung", "Đỗ Thị Nhung")] // repair's name is one: it stays
    public void Signer_ASignForALetterInTheNameAsRead_IsReadAsThatLetter(string restored, string asRead, string expected)
    {
        var metadata = Read(restored, asRead);
        Assert.Equal(expected, metadata.Signer?.Name);
        Assert.DoesNotContain(metadata.Gaps, g => g.Field == "signer");
    }

    [Fact]
    public void Signer_LettersOcrChangedThatMakeTwoLikelyNames_AreKeptWithADoubtfulGap()
    {
        // English OCR's P for Đ changed the letters; Đình and Định are both common middle names: the name is kept, doubted.
        var metadata = Read("Hoàng Định Quân", "Hoang Pinh Quan");
        Assert.Equal("Hoàng Định Quân", metadata.Signer?.Name);
        var gap = Assert.Single(metadata.Gaps, g => g.Field == "signer");
        Assert.Equal(MetadataGap.Doubtful, gap.Reason);
        Assert.Equal("Định", gap.Written);
    }

    [Fact]
    public void Signer_LettersAndMarksOcrKept_AreNotDoubted()
    {
        Assert.DoesNotContain(Read("Lường Văn Hùng", "Lường Văn Hùng").Gaps, g => g.Field == "signer");
    }

    [Theory]
    [InlineData("Hoàng Văn Hùng", "Hoang Van Hung", "Hùng")] // Hùng or Hưng, both common
    [InlineData("Nông Thị Thoa", "Nong Thi Thoa", null)]  // Thoa: the one name of these letters
    [InlineData("Đàm Văn Hải", "Dam Van Hai", null)]  // Hải is far commoner than any other of these letters
    public void Signer_MarksOcrDropped_AreDoubtedOnlyWhereTwoNamesAreAlike(string restored, string asRead, string? doubted)
    {
        var metadata = Read(restored, asRead);
        Assert.Equal(restored, metadata.Signer?.Name);
        Assert.Equal(doubted, metadata.Gaps.SingleOrDefault(g => g.Field == "signer")?.Written);
    }
}
