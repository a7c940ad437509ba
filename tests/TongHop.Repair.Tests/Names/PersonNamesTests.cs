using TongHop.Repair.Names;
using TongHop.Repair.Tokenization;

namespace TongHop.Repair.Tests.Names;

public sealed class PersonNamesTests
{
    [Theory]
    [InlineData("Phan Vin Hiéu", true)]
    [InlineData("Pinh Thanh Minh", true)]   // Đ read as P
    [InlineData("NGUYEN VAN TUAN", true)]
    [InlineData("Quang Ngai", false)]       // not a family name
    [InlineData("Phan Vin Hiéu, Giám đốc", false)]
    [InlineData("Phan", false)]             // one word
    [InlineData("Phan van Hiéu", false)]    // not capitalised
    [InlineData("Thuong ta Bui Van Tam", true)]  // a rank before the name
    [InlineData("Sung A Pao", true)]        // a Hmong name, middle name "A"
    [InlineData("A Sung Pao", false)]       // one letter cannot be the family name
    [InlineData("Y Thanh Nieé", true)]      // but "Y" is one: an Ê Đê man's name, the clan's last
    [InlineData("Ka Thanh Hoa", true)]      // a K'Ho woman's name after "Ka"
    [InlineData("Pbai uy Tran Quoc Khanh", true)] // Đ read as "Pb" in the rank
    [InlineData("Dai t4 Lo Van Pao", true)]    // á read as 4 in the rank
    [InlineData("Dai t4m Lo Van Pao", false)]  // a word of other letters is no rank
    [InlineData("Thugng ta Bui Van Tam", true)]  // one letter of a long rank word misread (ượ)
    [InlineData("Thxgxg ta Bui Van Tam", false)] // two are another word
    [InlineData("Ng6 Minh Chau", true)]        // English OCR's 6 for ô in the family name
    [InlineData("H6 Van Long", true)]
    [InlineData("Ng66 Minh Chau", false)]      // one sign a word at most
    [InlineData("Nguyen Minh 2024", false)]    // a number is no name
    [InlineData("DANH SACH CAC XA", false)]    // a heading in capitals
    public void IsNameLine_AloneBetweenBlankLines(string line, bool expected)
    {
        string[] lines = ["", line, ""];
        Assert.Equal(expected, PersonNames.IsNameLine(lines, 1, Tokens(line)));
    }

    [Fact]
    public void IsNameLine_InsideAParagraph_IsFalse()
    {
        string[] lines = ["Ông", "Phan Vin Hiéu", ""];
        Assert.False(PersonNames.IsNameLine(lines, 1, Tokens(lines[1])));
    }

    [Fact]
    public void Repair_NameLine_ReadsFromTheNameLists()
    {
        var restored = VietnameseTextRepairer.Default.Repair("Noi dung bao cao\n\nPhan Vin Hiéu\n").Restored;
        Assert.Equal("Phan Văn Hiếu", restored.Split('\n')[2]);
    }

    [Fact]
    public void Repair_NameLineAfterARankWithASignForAVowel_ReadsFromTheNameLists()
    {
        // "t4": English OCR's 4 for á in "Đại tá"; the name after it is read as a name, not as prose.
        var restored = VietnameseTextRepairer.Default.Repair("Noi dung bao cao\n\nDai t4 Phan Vin Hiéu\n").Restored;
        Assert.EndsWith("Phan Văn Hiếu", restored.Split('\n')[2]);
    }

    [Fact]
    public void NameStart_AfterARank_IsTheFamilyName()
    {
        string[] lines = ["", "Pai uy Ngo Quoc Bao", ""];
        Assert.Equal(2, PersonNames.NameStart(lines, 1, Tokens(lines[1])));
    }

    [Theory]
    [InlineData("ThS. Vu Pinh Hoan", 1)]
    [InlineData("PGS.TS. Le Thi Thuy", 1)]
    [InlineData("BSCKII. Bui Van Sang", 1)]
    [InlineData("KS. CN. Ha Van Tien", 2)]
    [InlineData("Ths Vu Pinh Hoan", -1)] // no dot: no degree
    public void NameStart_AfterDegrees_IsTheFamilyName(string line, int start)
    {
        string[] lines = ["- Luu: VT, TCHC. (Da ky)", line, ""];
        Assert.Equal(start, PersonNames.NameStart(lines, 1, Tokens(lines[1])));
    }

    [Fact]
    public void NameStart_UnderALineOfText_IsNoName()
    {
        string[] lines = ["- Luu: VT, TCHC.", "Vu Pinh Hoan", ""];
        Assert.Equal(-1, PersonNames.NameStart(lines, 1, Tokens(lines[1])));
    }

    [Fact]
    public void Repair_NameUnderTheSignedMark_WithDegrees_ReadsFromTheNameLists()
    {
        var restored = VietnameseTextRepairer.Default.Repair("Noi nhan:\n- Luu: VT, KHTC. (Da ky)\nThS. BS. Ngo Pinh Khai\n").Restored;
        Assert.Equal("ThS. BS. Ngô Đình Khải", restored.Split('\n')[2]);
    }

    [Theory]
    [InlineData("văn", NamePart.Middle, 0f)]
    [InlineData("đình", NamePart.Middle, 0f)]
    [InlineData("đình", NamePart.Family, null)]
    [InlineData("định", NamePart.Middle, 3f)]   // a given name, rare in the middle
    [InlineData("quản", NamePart.Given, null)]  // an ordinary word
    [InlineData("nhân", NamePart.FemaleGiven, 1.5f)] // a man's name after "Thị"
    [InlineData("nhân", NamePart.MaleGiven, 0f)]
    [InlineData("nhàn", NamePart.MaleGiven, 1.5f)]   // a woman's after "Văn"
    [InlineData("hà", NamePart.FemaleGiven, 0f)]     // both bear it
    [InlineData("hà", NamePart.MaleGiven, 0f)]
    [InlineData("hiền", NamePart.MaleGiven, 0f)]     // both bear these
    [InlineData("thương", NamePart.MaleGiven, 0f)]
    [InlineData("hậu", NamePart.FemaleGiven, 0f)]
    [InlineData("lộc", NamePart.FemaleGiven, 0f)]
    [InlineData("hương", NamePart.MaleGiven, 1.5f)]  // a woman's
    [InlineData("hùng", NamePart.FemaleGiven, 1.5f)] // a man's
    [InlineData("ma", NamePart.Family, 1.5f)]
    public void Cost_DependsOnThePlaceInTheName(string syllable, NamePart part, float? expected) =>
        Assert.Equal(expected, PersonNames.Cost(syllable, part));

    [Theory]
    // Prose would read these as "Định", "Thư", "Hiếu", "Mại … Khai": names read from the name lists, by place.
    [InlineData("Ngo Dinh Tuan", "Ngô Đình Tuấn")]
    [InlineData("Vu Thi Thu Trang", "Vũ Thị Thu Trang")]
    [InlineData("Pham Hi¥u Loc", "Phạm Hữu Lộc")]
    [InlineData("Trung ta Mai Van Khai", "Trung tá Mai Văn Khải")]
    [InlineData("Sung A Tua", "Sùng A Tủa")]
    [InlineData("Pbai uy Tran Quoc Khueé", "Đại úy Trần Quốc Khuê")] // "eé": English OCR's ê
    [InlineData("Y Thanh Nieé", "Y Thanh Niê")]
    // After the Hmong middle name "A" or "Seo" a highland given name is as common as a Kinh one: P is no Đ there; elsewhere
    // the common Kinh name stays the likelier reading of the same letters.
    [InlineData("Giang A Pao", "Giàng A Páo")]
    [InlineData("Vang Seo Sinh", "Vàng Seo Sình")]
    [InlineData("Pham Van Pao", "Phạm Văn Đào")]
    // A woman's given name after "Thị", a man's after "Văn", where the letters fit both (Nhàn, Nhân).
    [InlineData("Bui Thi Nhan", "Bùi Thị Nhàn")]
    [InlineData("Bui Van Nhan", "Bùi Văn Nhân")]
    // Given names both sexes bear are in neither sex's list: a man's Hiền and Thương after "Văn", a woman's Hậu after "Thị".
    [InlineData("Nguyen Van Hien", "Nguyễn Văn Hiền")]
    [InlineData("Tran Van Thuong", "Trần Văn Thương")]
    [InlineData("Nguyen Thi Hau", "Nguyễn Thị Hậu")]
    // A family name of the Tày (Ma), and family names written with English OCR's signs ("Ng6", "Vo6").
    [InlineData("Ma Van Long", "Ma Văn Long")]
    [InlineData("Ng6 Van Long", "Ngô Văn Long")]
    [InlineData("Vo6 Thi Lan", "Võ Thị Lan")]
    [InlineData("Thugng ta Vu Van Long", "Thượng tá Vũ Văn Long")]
    public void Repair_NameLine_ReadsEachWordAsTheNamePartItStandsFor(string garbled, string expected)
    {
        var restored = VietnameseTextRepairer.Default.Repair($"Noi nhan:\n- Luu: VT, VP.\n\n{garbled}\n").Restored;
        Assert.Equal(expected, restored.Split('\n')[3]);
    }

    [Theory]
    [InlineData(new[] { "Thi" }, NamePart.FemaleGiven)]
    [InlineData(new[] { "Thị", "Thanh" }, NamePart.FemaleGiven)]
    [InlineData(new[] { "Van" }, NamePart.MaleGiven)]
    [InlineData(new[] { "VĂN" }, NamePart.MaleGiven)]
    [InlineData(new[] { "Vân" }, NamePart.Given)]                 // a woman's middle name, not Văn: marks are compared when written
    [InlineData(new[] { "Thị", "Vân" }, NamePart.FemaleGiven)]
    [InlineData(new[] { "Thì" }, NamePart.Given)]                 // marks that are not Thị's
    [InlineData(new[] { "A" }, NamePart.HighlandGiven)]
    [InlineData(new[] { "Thanh" }, NamePart.Given)]
    [InlineData(new string[0], NamePart.Given)]
    public void GivenPart_FollowsTheMiddleNames(string[] middles, NamePart expected) =>
        Assert.Equal(expected, PersonNames.GivenPart(middles));

    [Fact]
    public void Repair_OrdinaryLineWithAFamilyNameWord_IsNotReadAsAName()
    {
        // "Lam" starts the line but the line runs on: prose, so "Làm".
        var restored = VietnameseTextRepairer.Default.Repair("Lam viec voi cac don vi trong tinh de thong nhat ke hoach\n").Restored;
        Assert.StartsWith("Làm việc", restored, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Lê Định Quang")]   // Định is rare as a middle name, but Tesseract's Vietnamese model read it so
    [InlineData("Hoàng Thị Thư")]
    [InlineData("Lê Thị Vân Anh")]   // Vân, a middle name, stays Vân
    public void Repair_NameLineReadByVietnameseOcr_KeepsANameAsWritten(string name)
    {
        var text = $"Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\n{name}\n";
        var restored = VietnameseTextRepairer.Default.Repair(text, OcrChannel.VietnameseOcr).Restored;
        Assert.Equal(name, restored.Split('\n')[4]);
    }

    private static List<RepairToken> Tokens(string line)
    {
        var tokens = new List<RepairToken>();
        LineTokenizer.Tokenize(line, tokens);
        return tokens;
    }
}
