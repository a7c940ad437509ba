namespace TongHop.Repair.Tests.Decoding;

/// <summary>
/// The label "Số" before a document's number at the start of a garbled header line, with or without the colon (the Party's
/// format writes none), a quarter's Roman numeral after "quý" however English OCR broke its strokes, and "Sở" before a
/// department's abbreviation with an ampersand, and two capital words that a horn read as an apostrophe ran together. Fixtures
/// written for these tests.
/// </summary>
public sealed class LabelAndQuarterTests
{
    private static readonly VietnameseTextRepairer Repairer = VietnameseTextRepairer.Default;

    private const string Body = "\n\nBAO CAO\nTrong quy nay, xa da trién khai nhiéu nhiém vu chuyén déi so, cap nhat dir liéu dan cu va tap huan cho can bd.";

    [Theory]
    [InlineData("PANG UY XA MINH SON\n\nS6 27-BC/DU", "Số 27-BC/ĐU")]
    [InlineData("PANG UY XA MINH SON\n\nSo 108-BC/DU", "Số 108-BC/ĐU")]
    [InlineData("UBND XA MINH SON\n\nS6: 64/BC-UBND", "Số: 64/BC-UBND")]
    public void Repair_ReadsTheLabelOfADocumentNumberAsSo(string header, string expected)
    {
        var restored = Repairer.Repair(header + Body).Restored;
        Assert.Contains(expected, restored, StringComparison.Ordinal);
    }

    [Fact]
    public void Repair_LeavesASoThatIsNoLabelToTheDecoder()
    {
        // "so" before a plain number is no document number's label: the line is decoded as prose.
        var restored = Repairer.Repair("So vdi nam truéc, so hd so tang 12 hd so." + Body).Restored;
        Assert.DoesNotContain("Số vdi", restored, StringComparison.Ordinal);
        Assert.StartsWith("So với", restored, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Xa bao cao két qua quy IIT nam 2026 nhu sau:", "kết quả quý III năm 2026")]
    [InlineData("Chi thuong xuyén tang 5% so véi quy I1. Viéc thu ngan sach dat ké hoach.", "so với quý II.")]
    [InlineData("| STT | Chi tiéu | Quy 111/2026 | Ghi chd |", "Quý III/2026")]
    [InlineData("Tinh hinh chuyén déi s6 cua xa quy ITII nam 2026", "quý III năm 2026")]
    public void Repair_ReadsAQuarterWhoseNumeralOcrBroke(string line, string expected)
    {
        var restored = Repairer.Repair(line + Body).Restored;
        Assert.Contains(expected, restored, StringComparison.Ordinal);
    }

    [Fact]
    public void Repair_LeavesAnArabicQuarterAndQuyDinhAlone()
    {
        var restored = Repairer.Repair("Xa da trién khai quy dinh mdi vé quy 1 nam 2026." + Body).Restored;
        Assert.Contains("quy định", restored, StringComparison.Ordinal);
        Assert.Contains("quý 1 năm 2026", restored, StringComparison.Ordinal);
    }

    [Fact]
    public void Repair_LeavesATableBorderAfterQuyAsABorder()
    {
        var restored = Repairer.Repair("| Chi tiéu | Ké hoach nam | Thyc hién quy | Luy ké | Ty 1é % |" + Body).Restored;
        Assert.Contains(" | Lũy kế |", restored, StringComparison.Ordinal); // not "Thực hiện quý I Lũy kế"
        Assert.DoesNotContain("I Lũy", restored, StringComparison.Ordinal);
    }

    [Fact]
    public void Repair_LeavesCleanLabelsAndQuartersAsWritten()
    {
        const string clean = "ĐẢNG ỦY XÃ MINH SƠN\n\nSố 27-BC/ĐU\n\nBÁO CÁO\nKết quả quý III năm 2026 của xã.";
        Assert.Equal(clean, Repairer.Repair(clean).Restored);
    }

    [Theory]
    [InlineData("Noi nhan:\n- S0 KH&CN;\n- Luu: VT.", "- Sở KH&CN;")]
    [InlineData("UBND huyén b/c; S KH&CN b/c;", "b/c; Sở KH&CN b/c;")]
    [InlineData("KT GIAM POC S¢ TN&MT tinh Lao Cai", "Sở TN&MT tỉnh")]
    public void Repair_ReadsSoBeforeADepartmentsAbbreviation(string text, string expected)
    {
        var restored = Repairer.Repair(text + Body).Restored;
        Assert.Contains(expected, restored, StringComparison.Ordinal);
    }

    [Fact]
    public void Repair_LeavesSoBeforeADocumentNumberOrAnIdentityNumber()
    {
        // A document number has digits and an identity number's abbreviation no ampersand: both follow số.
        var restored = Repairer.Repair("Thuc hién Ké hoach s6 12/KH-SKHCN; s6 CCCD cua nguoi dan duoc cap nhat." + Body).Restored;
        Assert.Contains("số 12/KH-SKHCN", restored, StringComparison.Ordinal);
        Assert.Contains("số CCCD", restored, StringComparison.Ordinal);
    }

    [Fact]
    public void Repair_SplitsCapitalWordsThatAHornReadAsAnApostropheJoined()
    {
        // "SO'Y" is SỞ Y (no syllable "sơy"); "VU'C" and "THU'C" are single words (vực, thực) and stay whole.
        var restored = Repairer.Repair("SO'Y TE TINH LAO CAI\nTRUNG TAM Y TE KHU VU'C BAC HA\nKET QUA THU'C HIEN" + Body).Restored;
        Assert.StartsWith("SỞ Y TẾ TỈNH LÀO CAI", restored, StringComparison.Ordinal);
        Assert.Contains("KHU VỰC", restored, StringComparison.Ordinal);
        Assert.Contains("KẾT QUẢ THỰC HIỆN", restored, StringComparison.Ordinal);
    }
}
