using TongHop.Extraction.Indicators;
using TongHop.Parsing;

namespace TongHop.Extraction.Tests.Indicators;

public sealed class OcrFoldTests
{
    [Theory]
    [InlineData("hién c6 67 chir ky s6 USB Token, 08 SIM KPI.", "digital_signatures", "75")]
    [InlineData("Khóa tập huấn trên Cổng Binh dan hoc vu s6 tỉnh với 1.716 người tham gia.", "digital_literacy_participants", "1716")]
    [InlineData("Trong quý, phòng đã cấp 40 chii ky s6 cho lãnh đạo các tổ.", "digital_signatures", "40")] // ủ/ữ read as "ii"
    [InlineData("Trong quý, phòng đã cấp 40 chir ky s0 cho lãnh đạo các tổ.", "digital_signatures", "40")]
    public void Extract_MatchesRawEnglishOcrOfVietnamese(string text, string key, string value)
    {
        var result = new IndicatorExtractor().Extract(new DocumentParser().Parse(text));
        Assert.Equal(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), Assert.Single(result.Indicators, v => v.Key == key).Value);
    }
}
