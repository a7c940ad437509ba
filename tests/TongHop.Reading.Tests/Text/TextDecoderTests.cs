using System.Text;
using TongHop.Reading.Tests.Fixtures;
using TongHop.Reading.Text;

namespace TongHop.Reading.Tests.Text;

public sealed class TextDecoderTests
{
    private const string Sample = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nBáo cáo kết quả thực hiện chuyển đổi số, đạt tỷ lệ 81,4%.";

    [Fact]
    public void Decode_Utf8WithoutBom_IsUtf8()
    {
        var decoded = TextDecoder.Decode(Encoding.UTF8.GetBytes(Sample));
        Assert.Equal(("utf-8", Sample), (decoded.Encoding, decoded.Text));
    }

    [Theory]
    [InlineData("utf-8")]
    [InlineData("utf-16le")]
    [InlineData("utf-16be")]
    public void Decode_ByteOrderMark_NamesEncoding(string name)
    {
        Encoding encoding = name switch { "utf-8" => new UTF8Encoding(true), "utf-16le" => Encoding.Unicode, _ => Encoding.BigEndianUnicode };
        var decoded = TextDecoder.Decode([.. encoding.GetPreamble(), .. encoding.GetBytes(Sample)]);
        Assert.Equal((name, Sample), (decoded.Encoding, decoded.Text));
    }

    [Theory]
    [InlineData("utf-16le")]
    [InlineData("utf-16be")]
    public void Decode_Utf16WithoutByteOrderMark_IsDetected(string name)
    {
        // Notepad's "Unicode" without a BOM: a lower-case report line and an all-caps header both read back.
        const string text = "ỦY BAN NHÂN DÂN PHƯỜNG HÒA BÌNH\nCó 37 điểm phát Wi-Fi miễn phí; đạt 92,5% kế hoạch năm.";
        var bytes = (name == "utf-16le" ? Encoding.Unicode : Encoding.BigEndianUnicode).GetBytes(text);
        Assert.Equal(name, TextDecoder.Utf16WithoutBom(bytes));
        var decoded = TextDecoder.Decode(bytes);
        Assert.Equal((name, text), (decoded.Encoding, decoded.Text));
        var read = DocumentReader.CreateDefault().Read(bytes, "bao-cao.txt");
        Assert.True(read.Succeeded, read.Error);
        Assert.Equal(text, read.Source.Text);
    }

    [Fact]
    public void Utf16WithoutBom_IsNotClaimedByUtf8OrBinary()
    {
        Assert.Null(TextDecoder.Utf16WithoutBom(Encoding.UTF8.GetBytes(Sample)));
        Assert.Null(TextDecoder.Utf16WithoutBom(LegacyEncoder.ToVni(Sample)));
        var random = new byte[4096];
        new Random(7).NextBytes(random);
        Assert.Null(TextDecoder.Utf16WithoutBom(random));
        Assert.Null(TextDecoder.Utf16WithoutBom(new byte[4096]));
        // 16-bit little-endian numbers (a sensor log, an audio sample) have zero high bytes too, but are no text.
        var numbers = new byte[4096];
        var rng = new Random(11);
        for (var i = 0; i < numbers.Length; i += 2)
        {
            numbers[i] = (byte)rng.Next(0, 256);
        }

        Assert.Null(TextDecoder.Utf16WithoutBom(numbers));
    }

    [Fact]
    public void Decode_Windows1258_ComposesToneMarksToNfc()
    {
        var decoded = TextDecoder.Decode(LegacyEncoder.ToWindows1258(Sample));
        Assert.Equal(("windows-1258", Sample), (decoded.Encoding, decoded.Text));
        Assert.True(decoded.Text.IsNormalized(NormalizationForm.FormC));
    }

    [Fact]
    public void Decode_Vni_IsDetectedAndConverted()
    {
        var decoded = TextDecoder.Decode(LegacyEncoder.ToVni(Sample));
        Assert.Equal(("vni", Sample), (decoded.Encoding, decoded.Text));
    }

    [Fact]
    public void Decode_Tcvn3_IsDetectedAndConvertedWithCapitalsInLowerCase()
    {
        var decoded = TextDecoder.Decode(LegacyEncoder.ToTcvn3(Sample));
        Assert.Equal("tcvn3", decoded.Encoding);
        Assert.Equal(Sample.ToLowerInvariant(), decoded.Text.ToLowerInvariant());
    }

    [Fact]
    public void Decode_CrLf_BecomesLf()
    {
        Assert.Equal("a\nb\nc", TextDecoder.Decode(Encoding.UTF8.GetBytes("a\r\nb\rc")).Text);
    }

    [Fact]
    public void Decode_LegacyFixtureReport_EachEncodingRoundTrips()
    {
        var clean = FormatFixtures.CleanText;
        Assert.Equal(clean, TextDecoder.Decode(LegacyEncoder.ToVni(clean)).Text);
        Assert.Equal(clean, TextDecoder.Decode(LegacyEncoder.ToWindows1258(clean)).Text);
        Assert.Equal(clean.ToLowerInvariant(), TextDecoder.Decode(LegacyEncoder.ToTcvn3(clean)).Text.ToLowerInvariant());
    }
}
