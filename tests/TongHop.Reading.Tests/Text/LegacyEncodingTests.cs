using System.Text;
using TongHop.Reading.Text;

namespace TongHop.Reading.Tests.Text;

/// <summary>Byte sequences written by hand from the published code tables, so the decoders are pinned to the standards.</summary>
public sealed class LegacyEncodingTests
{
    [Theory]
    [InlineData(new byte[] { 0x56, 0x69, 0xD6, 0x74, 0x20, 0x4E, 0x61, 0x6D }, "Việt Nam")]
    [InlineData(new byte[] { 0x42, 0xB8, 0x6F, 0x20, 0x63, 0xB8, 0x6F, 0x20, 0x6B, 0xD5, 0x74, 0x20, 0x71, 0x75, 0xB6 }, "Báo cáo kết quả")]
    [InlineData(new byte[] { 0xA7, 0xE5, 0x6E, 0x67, 0x20, 0xAE, 0xE9, 0x63, 0x20, 0x6C, 0xCB, 0x70 }, "Đồng độc lập")]
    [InlineData(new byte[] { 0x74, 0xAD, 0xEE, 0x6E, 0x67, 0x20, 0x74, 0xF8, 0x20, 0x63, 0xF1, 0x61 }, "tượng tứ của")]
    [InlineData(new byte[] { 0x6E, 0x67, 0xAD, 0xEA, 0x69, 0x20, 0x78, 0xB7, 0x20, 0x79, 0xFE }, "người xã yỵ")]
    public void Tcvn3_Decode_FollowsTcvn5712Table(byte[] bytes, string expected)
    {
        Assert.Equal(expected, Tcvn3Encoding.Decode(bytes).Normalize(NormalizationForm.FormC));
    }

    [Theory]
    [InlineData("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam", "Cộng hòa xã hội chủ nghĩa Việt Nam")]
    [InlineData("Ñoäc laäp - Töï do - Haïnh phuùc", "Độc lập - Tự do - Hạnh phúc")]
    [InlineData("Sôû Khoa hoïc vaø Coâng ngheä", "Sở Khoa học và Công nghệ")]
    [InlineData("ÑAÛNG UÛY, ÖÙNG DUÏNG, ÑAÉK LAÉK", "ĐẢNG ỦY, ỨNG DỤNG, ĐẮK LẮK")]
    [InlineData("naêm, ñöôïc, ngöôøi, kyõ, Mî", "năm, được, người, kỹ, Mỵ")]
    public void Vni_Decode_FollowsVniWindowsTable(string vniGlyphs, string expected)
    {
        var bytes = CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetBytes(vniGlyphs);
        Assert.Equal(expected, VniEncoding.Decode(bytes));
    }
}
