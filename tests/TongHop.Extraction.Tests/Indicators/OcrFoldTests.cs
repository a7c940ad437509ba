using TongHop.Extraction.Indicators;
using TongHop.Parsing;

namespace TongHop.Extraction.Tests.Indicators;

public sealed class OcrFoldTests
{
    [Theory]
    [InlineData("hién c6 67 chir ky s6 USB Token, 08 SIM KPI.", "digital_signatures", "75")]
    [InlineData("Khóa tập huấn trên Cổng Binh dan hoc vu s6 tỉnh với 1.716 người tham gia.", "digital_literacy_participants", "1716")]
    public void Extract_MatchesRawEnglishOcrOfVietnamese(string text, string key, string value)
    {
        var result = new IndicatorExtractor().Extract(new DocumentParser().Parse(text));
        Assert.Equal(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), Assert.Single(result.Indicators, v => v.Key == key).Value);
    }
}
