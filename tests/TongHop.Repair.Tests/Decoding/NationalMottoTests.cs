namespace TongHop.Repair.Tests.Decoding;

/// <summary>
/// The national motto of a garbled report's header is the law's, word for word, wherever English OCR put it (its own line
/// or run into the agency's). Fixtures written for these tests.
/// </summary>
public sealed class NationalMottoTests
{
    private static readonly VietnameseTextRepairer Repairer = VietnameseTextRepairer.Default;

    private const string Body = "\nTrong quy nay, xa da trién khai nhiéu nhiém vu chuyén déi so, cap nhat dir liéu dan cu va tap huan cho can bd.";

    [Theory]
    [InlineData("CONG HOA XA HOI CHU NGHIA VIET NAM\nPic lap - Tu do - Hanh phic", "Độc lập - Tự do - Hạnh phúc")]
    [InlineData("CONG HOA XA HOI CHU NGHIA VIET NAM\nPoc 1ap - Tw do - Hanh phuc", "Độc lập - Tự do - Hạnh phúc")]
    [InlineData("UBND XA MINH SON Bic lap — Ty do — Hanh phic", "Độc lập — Tự do — Hạnh phúc")]
    [InlineData("DOC LAP - TU DO - HANH PHUC", "ĐỘC LẬP - TỰ DO - HẠNH PHÚC")]
    public void Repair_WritesTheMottoOfAGarbledHeaderWordForWord(string header, string expected)
    {
        var restored = Repairer.Repair(header + Body).Restored;
        Assert.Contains(expected, restored, StringComparison.Ordinal);
    }

    [Fact]
    public void Repair_LeavesALineThatOnlyLooksLikeTheMottoAlone()
    {
        // "lập" without "Tự do - Hạnh phúc" after it is an ordinary sentence.
        var restored = Repairer.Repair("Xa da thanh 1ap to cong nghé so - tu nguyén tham gia." + Body).Restored;
        Assert.DoesNotContain("Độc", restored, StringComparison.Ordinal);
    }

    [Fact]
    public void Repair_LeavesTheMottoOfCleanTextAsWritten()
    {
        const string clean = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập – Tự do – Hạnh phúc\nTrong quý này, xã đã triển khai nhiều nhiệm vụ.";
        Assert.Equal(clean, Repairer.Repair(clean).Restored);
    }
}
