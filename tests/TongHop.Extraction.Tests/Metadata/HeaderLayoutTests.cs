using TongHop.Core.Documents;
using TongHop.Extraction.Metadata;
using TongHop.Parsing;
using TongHop.Testing;

namespace TongHop.Extraction.Tests.Metadata;

/// <summary>
/// Header and signature blocks of the layouts in use, on the repository's own documents (tests/fixtures/metadata):
/// a Party committee, a hospital with its columns run together by OCR, a school whose header cells come one per line
/// (DOCX tables), a ministry's published copy with "(Đã ký)" and an appendix form, a department's letter in the older
/// Circular 01 layout with "TUQ.", a draft with blanks, a special zone's scan with hand-written number and day.
/// </summary>
public sealed class HeaderLayoutTests
{
    private static readonly MetadataExtractor Extractor = new();

    private static DocumentMetadata Read(string name) =>
        Extractor.Extract(new DocumentParser().Parse(File.ReadAllText(SharedPaths.Repo("tests", "fixtures", "metadata", name))));

    [Fact]
    public void PartyCommittee_MottoOnTheRight_NumberWithoutColon_TM()
    {
        var m = Read("party-commune-report.txt");
        Assert.Equal("Đảng ủy xã Đồng Lộc", m.Issuer);
        Assert.Equal("45-BC/ĐU", m.Number);
        Assert.Equal("Đồng Lộc", m.Place);
        Assert.Equal(new DateOnly(2026, 1, 8), m.Date);
        Assert.Equal("Phan Thị Thúy Nga", m.Signer?.Name);
        Assert.Equal("TM. ĐẢNG ỦY / BÍ THƯ", m.Signer?.Title);
        Assert.Empty(m.Gaps);
    }

    [Fact]
    public void Hospital_ColumnsRunTogether_ParentLineAbove_RankBeforeName()
    {
        var m = Read("hospital-report-ocr-merged.txt");
        Assert.Equal("Bệnh viện Đa khoa Khánh Hòa", m.Issuer);
        Assert.Equal("734/BC-BVĐK", m.Number);
        Assert.Equal("Khánh Hòa", m.Place);
        Assert.Equal(new DateOnly(2025, 10, 7), m.Date);
        Assert.Equal("Trần Quốc Bảo", m.Signer?.Name);
        Assert.Equal("KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC", m.Signer?.Title);
    }

    [Fact]
    public void School_HeaderCellsOnSeparateLines()
    {
        var m = Read("school-report-docx-cells.txt");
        Assert.Equal("Trường Tiểu học Đồng Lộc", m.Issuer);
        Assert.Equal("27/BC-THĐL", m.Number);
        Assert.Equal("Đồng Lộc", m.Place);
        Assert.Equal(new DateOnly(2025, 12, 15), m.Date);
        Assert.Equal("Hoàng Minh Tâm", m.Signer?.Name);
        Assert.Equal("HIỆU TRƯỞNG", m.Signer?.Title);
    }

    [Fact]
    public void Ministry_WrappedName_SignedCopy_AppendixFormIgnored()
    {
        var m = Read("ministry-decision-signed-copy.txt");
        Assert.Equal("Bộ Giáo dục và Đào tạo", m.Issuer);
        Assert.Equal("2841/QĐ-BGDĐT", m.Number);
        Assert.Equal("Quyết định", m.Type);
        Assert.Equal("Hà Nội", m.Place);
        Assert.Equal("Nguyễn Văn Phúc", m.Signer?.Name);
        Assert.Equal("KT. BỘ TRƯỞNG / THỨ TRƯỞNG", m.Signer?.Title);
    }

    [Fact]
    public void DepartmentLetter_FormerDepartment_TUQ()
    {
        var m = Read("circular-01-department-letter.txt");
        Assert.Equal("Sở Thông tin và Truyền thông", m.Issuer);
        Assert.Equal("318/STTTT-CĐS", m.Number);
        Assert.Equal("Công văn", m.Type);
        Assert.Equal("Bắc Ninh", m.Place);
        Assert.Equal("Đỗ Thị Lan Anh", m.Signer?.Name);
        Assert.Equal("TUQ. GIÁM ĐỐC / TRƯỞNG PHÒNG CHUYỂN ĐỔI SỐ", m.Signer?.Title);
    }

    [Fact]
    public void Draft_BlankNumberAndDay_AreNullWithGaps()
    {
        var m = Read("ward-plan-draft-blank.txt");
        Assert.Equal("UBND phường Cẩm Phả", m.Issuer);
        Assert.Null(m.Number);
        Assert.Null(m.Date);
        Assert.Equal("Cẩm Phả", m.Place);
        Assert.Equal("Vũ Đức Thắng", m.Signer?.Name);
        Assert.Equal([("number", MetadataGap.Blank), ("date", MetadataGap.Blank)], m.Gaps.Select(g => (g.Field, g.Reason)));
    }

    [Fact]
    public void Scan_HandwrittenNumberAndDay_AreNullWithGaps()
    {
        var m = Read("special-zone-scan-handwritten.txt");
        Assert.Equal("UBND đặc khu Côn Đảo", m.Issuer);
        Assert.Null(m.Number);
        Assert.Null(m.Date);
        Assert.Equal("Côn Đảo", m.Place);
        var number = Assert.Single(m.Gaps, g => g.Field == "number");
        Assert.Equal((MetadataGap.Unreadable, "#3"), (number.Reason, number.Written));
        var date = Assert.Single(m.Gaps, g => g.Field == "date");
        Assert.Equal(MetadataGap.Unreadable, date.Reason);
        Assert.Contains("l6", date.Written, StringComparison.Ordinal);
        Assert.Equal("Le Van Hai", m.Signer?.Name);
    }

    [Theory]
    // A commune the repair wrote as another word: the body's "Ủy ban nhân dân xã Đồng Lộc" and the province settle it.
    [InlineData("Ủy ban nhân dân xã Đồng Lộc báo cáo kết quả của tỉnh Hà Tĩnh như sau:", "UBND xã Đồng Lộc", "Đồng Lộc")]
    // Without them, "Phòng Lọc" is one letter from Hồng Lộc and two from Đồng Lộc (both in Hà Tĩnh): left as read.
    [InlineData("Xã báo cáo kết quả thực hiện của tỉnh Hà Tĩnh như sau:", "UBND xã Phòng Lọc", "Phòng Lọc")]
    public void GarbledCommuneName_OfficialOnlyWhenCertain(string body, string issuer, string place)
    {
        var text = $"ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nXÃ PHÒNG LỌC\tĐộc lập - Tự do - Hạnh phúc\n" +
                   $"Số: 12/BC-UBND\tPhòng Lọc, ngày 02 tháng 3 năm 2026\nBÁO CÁO\nKết quả quý I\n{body}\nI. KẾT QUẢ\nNội dung của tỉnh Hà Tĩnh.\n";
        var m = Extractor.Extract(new DocumentParser().Parse(text));
        Assert.Equal(issuer, m.Issuer);
        Assert.Equal(place, m.Place);
    }

    [Theory]
    [InlineData("BỘ VĂN HÓA, THỂ THAO\nVÀ DU LỊCH", "Bộ Văn hóa, Thể thao và Du lịch")]
    [InlineData("NGÂN HÀNG NHÀ NƯỚC\nVIỆT NAM", "Ngân hàng Nhà nước Việt Nam")]
    [InlineData("ỦY BAN THƯỜNG VỤ\nQUỐC HỘI", "Ủy ban Thường vụ Quốc hội")]
    [InlineData("THỦ TƯỚNG CHÍNH PHỦ", "Thủ tướng Chính phủ")]
    [InlineData("BỘ QUỐC PHÒNG\nBỘ CHỈ HUY QUÂN SỰ\nTỈNH GIA LAI", "Bộ Chỉ huy Quân sự tỉnh Gia Lai")]
    [InlineData("BỘ TÀI CHÍNH\nBẢO HIỂM XÃ HỘI VIỆT NAM", "Bảo hiểm xã hội Việt Nam")]
    [InlineData("UBND TỈNH NINH BÌNH\nBAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP", "Ban Quản lý các khu công nghiệp")]
    [InlineData("HUYỆN ỦY MỘ ĐỨC\nUBND XÃ ĐỨC TÂN", "UBND xã Đức Tân")]
    [InlineData("CÔNG TY CỔ PHẦN\nCẤP NƯỚC HẢI DƯƠNG", "Công ty Cổ phần Cấp Nước Hải Dương")]
    [InlineData("SỞ GIÁO DỤC VÀ ĐÀO TẠO\nTRƯỜNG TRUNG CẤP NGHỀ MIỀN NÚI\nPHÍA BẮC", "Trường Trung cấp Nghề Miền Núi Phía Bắc")] // a name cut
    [InlineData("UBND TỈNH GIA LAI\nBỆNH VIỆN ĐA KHOA KHU VỰC\nAN KHÊ", "Bệnh viện Đa khoa Khu vực An Khê")]
    [InlineData("TRƯỜNG ĐẠI HỌC VINH\nPHÒNG ĐÀO TẠO", "Phòng Đào Tạo")] // a body of its own under its parent
    public void TwoLineAgencyBlocks_IssuerIsTheIssuingBody(string left, string issuer)
    {
        var lines = left.Split('\n');
        var header = string.Join('\n', lines.Select((l, i) => i == 0 ? l + "\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" : i == 1 ? l + "\tĐộc lập - Tự do - Hạnh phúc" : l));
        var text = header + "\nSố: 5/BC-X\tHà Nội, ngày 02 tháng 3 năm 2026\nBÁO CÁO\nKết quả\n";
        Assert.Equal(issuer, Extractor.Extract(new DocumentParser().Parse(text)).Issuer);
    }

    [Theory]
    [InlineData("Số: 66.12/2026/NQ-CP", "66.12/2026/NQ-CP")]
    [InlineData("Luật số: 131/2025/QH15", "131/2025/QH15")]
    [InlineData("Nghị quyết số: 97/2025/UBTVQH15", "97/2025/UBTVQH15")]
    [InlineData("Số: 143/2025/TT-BT\u0421", "143/2025/TT-BTC")] // a Cyrillic С typed for C
    [InlineData("Số: 12/2026/TT-BNV- -", "12/2026/TT-BNV")] // OCR's dashes before the column gap: the place keeps its H
    public void Numbers_WithYearDecimalOrTypeLabel(string line, string number)
    {
        var text = $"CHÍNH PHỦ\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\tĐộc lập - Tự do - Hạnh phúc\n{line}\tHà Nội, ngày 26 tháng 01 năm 2026\n";
        var m = Extractor.Extract(new DocumentParser().Parse(text));
        Assert.Equal(number, m.Number);
        Assert.Equal("Hà Nội", m.Place);
    }

    [Fact]
    public void Scan_NumberThatLostItsSlash_IsNullWithAGap()
    {
        // A hand-written "9/2026" read by the OCR as one run of figures: the number looks whole and is wrong.
        var text = "BỘ NỘI VỤ\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\tĐộc lập - Tự do - Hạnh phúc\n" +
                   "Số: 92026-T1-BNV\tHà Nội, ngày 14 tháng 02 năm 2026\nTHÔNG TƯ\nQuy định về lưu trữ\n";
        var m = ReadText(text);
        Assert.Null(m.Number);
        Assert.Equal("Hà Nội", m.Place);
        var gap = Assert.Single(m.Gaps, g => g.Field == "number");
        Assert.Equal((MetadataGap.Unreadable, "92026-T1-BNV"), (gap.Reason, gap.Written));
    }

    [Theory]
    [InlineData("Hà Aói", null)] // no syllable, no unit of the list near enough to be sure: never the words as read
    [InlineData("Hà Nội", "Hà Nội")]
    [InlineData("Krông Pắc", "Krông Pắc")] // a unit of the list, though "Krông" is no Vietnamese syllable
    public void PlaceOfTheDateLine_GarbledWordsAreNeverThePlace(string written, string? place)
    {
        var text = "BỘ NỘI VỤ\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\tĐộc lập - Tự do - Hạnh phúc\n" +
                   $"Số: 17/2026/TT-BNV\t{written}, ngày 14 tháng 02 năm 2026\nTHÔNG TƯ\nQuy định về lưu trữ\n";
        var m = ReadText(text);
        Assert.Equal(place, m.Place);
        Assert.Equal(place is null, m.Gaps.Any(g => g.Field == "place" && g.Written == written));
    }

    [Theory]
    [InlineData("Thượng tướng Vũ Hải Long", "Vũ Hải Long")]
    [InlineData("PGS.TS. Lê Thị Minh", "Lê Thị Minh")]
    [InlineData("Đại tá Mai Xuân Lộc", "Mai Xuân Lộc")]
    [InlineData("THƯỜNG TRỰC", null)]
    [InlineData("Chương III", null)]
    [InlineData("Phụ Lục Ii", null)]
    [InlineData("TRẦN VĂN NAM", "Trần Văn Nam")]
    [InlineData("ThS. BS. Đinh Thị Hồng Vân", "Đinh Thị Hồng Vân")] // a degree and a profession, one after the other
    [InlineData("TS. BSCKII. Lục Văn Sinh", "Lục Văn Sinh")]
    [InlineData("TS.BS. Hà Thị Quyên", "Hà Thị Quyên")] // degree and profession with no space between
    [InlineData("ThS.KS. Đỗ Văn Lâm", "Đỗ Văn Lâm")]
    [InlineData("ThS. Danh Thị Phen", "Danh Thị Phen")] // a Khmer family name, though "Danh sách" opens lists
    [InlineData("DANH SÁCH ĐƠN VỊ", null)]
    public void PersonNames_RankDropped_HeadingsRefused(string line, string? name) => Assert.Equal(name, PersonNames.Read(line));

    private static DocumentMetadata ReadText(string text) => Extractor.Extract(new DocumentParser().Parse(text));

    [Fact]
    public void SocialInsurance_OfACity_KeepsTheLevelWritten()
    {
        var m = ReadText(
            "BẢO HIỂM XÃ HỘI VIỆT NAM\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nBẢO HIỂM XÃ HỘI\tĐộc lập - Tự do - Hạnh phúc\n" +
            "THÀNH PHỐ HẢI PHÒNG\nSố: 905/TB-BHXH\tHải Phòng, ngày 02 tháng 3 năm 2026\n\nTHÔNG BÁO\nLịch tiếp nhận hồ sơ điện tử\n\n" +
            "Đơn vị thông báo lịch tiếp nhận như sau.\n\nNơi nhận:\tGIÁM ĐỐC\n- Như trên;\n- Lưu: VT.\n\tHoàng Văn Lực\n");
        Assert.Equal("Bảo hiểm xã hội thành phố Hải Phòng", m.Issuer);
        Assert.Equal("Hải Phòng", m.Place);
    }

    [Fact]
    public void PlaceOfDateLine_HyphenatedOrNumberedName()
    {
        var ward = ReadText(
            "ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nPHƯỜNG LÂM VIÊN - ĐÀ LẠT\tĐộc lập - Tự do - Hạnh phúc\n" +
            "Số: 64/KH-UBND\tLâm Viên - Đà Lạt, ngày 11 tháng 5 năm 2026\n\nKẾ HOẠCH\nSố hóa hồ sơ hộ tịch\n\nNội dung kế hoạch.\n");
        Assert.Equal("UBND phường Lâm Viên - Đà Lạt", ward.Issuer);
        Assert.Equal("Lâm Viên - Đà Lạt", ward.Place);

        var commune = ReadText(
            "ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nXÃ TÂN PHƯỚC 2\tĐộc lập - Tự do - Hạnh phúc\n" +
            "Số: 17/BC-UBND\tTân Phước 2, ngày 20 tháng 4 năm 2026\n\nBÁO CÁO\nKết quả chuyển đổi số\n\nNội dung báo cáo.\n");
        Assert.Equal("Tân Phước 2", commune.Place);
    }

    [Fact]
    public void Signature_OcrRanColumnsTogether_NameAfterARecipientItem()
    {
        var m = ReadText(
            "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nXÃ MƯỜNG LA Độc lập - Tự do - Hạnh phúc\n" +
            "Số: 233/BC-UBND Mường La, ngày 09 tháng 10 năm 2025\n\nBÁO CÁO\nCông tác chuyển đổi số quý III\n\n" +
            "Trong quý, xã đã triển khai các việc sau.\n\nNơi nhận: TM. ỦY BAN NHÂN DÂN\n- UBND tỉnh; CHỦ TỊCH\n" +
            "- Lưu: VT, VP. Quàng Văn Thượng\n");
        Assert.Equal("UBND xã Mường La", m.Issuer);
        Assert.Equal("Quàng Văn Thượng", m.Signer?.Name);
        Assert.Equal("TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH", m.Signer?.Title);

        var police = ReadText(
            "BỘ CÔNG AN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nCÔNG AN TỈNH CAO BẰNG Độc lập - Tự do - Hạnh phúc\n" +
            "Số: 1502/BC-CAT Cao Bằng, ngày 14 tháng 11 năm 2025\n\nBÁO CÁO\nKết quả cấp định danh điện tử\n\n" +
            "Nội dung báo cáo.\n\nNơi nhận: GIÁM ĐỐC\n- Như trên; Đại tá Nông Văn Khải\n- Lưu: VT.\n");
        Assert.Equal("Công an tỉnh Cao Bằng", police.Issuer);
        Assert.Equal("Nông Văn Khải", police.Signer?.Name);
    }
    [Fact]
    public void Signature_OcrRanColumnsTogether_NameAtTheEndOfAnItemThatGoesOnBelow()
    {
        var m = ReadText(
            "SỞ Y TẾ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nBỆNH VIỆN ĐA KHOA TỈNH Độc lập - Tự do - Hạnh phúc\n" +
            "Số: 412/BC-BV Phú Thọ, ngày 11 tháng 3 năm 2026\n\nBÁO CÁO\nTriển khai bệnh án điện tử\n\nTrong quý, bệnh viện đã triển khai bệnh án điện tử tại 12 khoa.\n\n" +
            "Nơi nhận: KT. GIÁM ĐỐC\n- Sở Y tế; PHÓ GIÁM ĐỐC\n- Các khoa, phòng; (Đã ký)\n" +
            "- Trung tâm Công nghệ thông tin và các đơn vị của Trần Thị Mai\nBệnh viện;\n- Lưu: VT, KHTH.\n");
        Assert.Equal("Trần Thị Mai", m.Signer?.Name);
        Assert.Equal("KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC", m.Signer?.Title);
    }

    [Theory]
    [InlineData("- Ủy ban nhân dân tỉnh Cao Bằng")] // after a level word: a place
    [InlineData("- Văn phòng đại diện tại Hà Nội")] // a province of the official list
    [InlineData("- Các đồng chí Thường trực Huyện ủy")] // no family name
    public void Signature_AnItemEndingInCapitals_IsNoName(string item)
    {
        var m = ReadText(
            "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nXÃ NA HANG Độc lập - Tự do - Hạnh phúc\n" +
            "Số: 51/BC-UBND Na Hang, ngày 02 tháng 6 năm 2026\n\nBÁO CÁO\nKết quả chuyển đổi số\n\nTrong tháng, xã đã triển khai các việc sau.\n\n" +
            "Nơi nhận: TM. ỦY BAN NHÂN DÂN\n- Sở Khoa học và Công nghệ; CHỦ TỊCH\n" + item + "\nvà các đơn vị;\n- Lưu: VT.\n");
        Assert.Null(m.Signer?.Name);
        Assert.Equal("TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH", m.Signer?.Title);
    }
}
