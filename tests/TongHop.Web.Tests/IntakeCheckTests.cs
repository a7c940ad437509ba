using TongHop.Application.Intake;

namespace TongHop.Web.Tests;

/// <summary>The intake checks that need no database: issuer against unit, and what a file is by its first bytes.</summary>
public sealed class IntakeCheckTests
{
    [Theory]
    [InlineData("UBND xã Sơn Mai", "Xã Sơn Mai", true)]
    [InlineData("ỦY BAN NHÂN DÂN PHƯỜNG TÂN AN", "Phường Tân An", true)]
    [InlineData("UBND đặc khu Lý Sơn", "Đặc khu Lý Sơn", true)]
    [InlineData("Sở Tư pháp", "Sở Tư pháp", true)]
    [InlineData("Phụ lục", "Xã Sơn Mai", true)] // not a body: no warning on a guess
    [InlineData("UBND xã Hòa Lộc", "Xã Sơn Mai", false)]
    [InlineData("UBND phường Nghĩa Lộ", "Phường Cẩm Thành", false)]
    [InlineData("Sở Y tế", "Sở Giáo dục và Đào tạo", false)]
    [InlineData("Trạm Y tế xã Hòa Lộc", "Xã Sơn Mai", false)] // a branch names a body too (BodyKinds)
    [InlineData("Trạm Y tế xã Sơn Mai", "Xã Sơn Mai", true)]
    [InlineData("Bảo hiểm xã hội cơ sở Hòa Lộc", "Bảo hiểm xã hội cơ sở Hòa Lộc", true)]
    public void IssuerMatch_TellsTheSameUnitFromAnother(string issuer, string unit, bool same) =>
        Assert.Equal(same, IssuerMatch.IsSameUnit(issuer, unit));

    [Fact]
    public void IssuerMatch_AFormerCommuneCountsAsTheUnitItWentInto()
    {
        var units = TongHop.Text.Places.AdministrativeUnits.Official;
        var former = units.FormerCommunes.First(c => units.Successors(c).Count == 1 && AdministrativeKeyDiffers(c.Name, units.Successors(c)[0].Name));
        var successor = units.Successors(former)[0];
        Assert.True(IssuerMatch.IsSameUnit("UBND xã " + former.Name, successor.FullName));
    }

    [Theory]
    [InlineData("%PDF-1.7\n", null)]
    [InlineData("UBND XÃ AN PHÚ\nBÁO CÁO", null)]
    [InlineData("<!DOCTYPE html><html>", "trang web")]
    [InlineData("MZ\u0090\0\u0003\0\0\0", "chương trình")]
    [InlineData("{\\rtf1\\ansi", "RTF")]
    public void DocumentCheck_RefusesWhatIsNoDocument(string head, string? reason)
    {
        var refusal = DocumentCheck.Refusal("bao-cao.pdf", System.Text.Encoding.Latin1.GetBytes(head));
        if (reason is null)
        {
            Assert.Null(refusal);
        }
        else
        {
            Assert.Contains(reason, refusal, StringComparison.Ordinal);
            Assert.Contains("đuôi .pdf", refusal, StringComparison.Ordinal);
        }
    }

    private static bool AdministrativeKeyDiffers(string a, string b) =>
        TongHop.Text.Places.AdministrativeUnits.Key(a) != TongHop.Text.Places.AdministrativeUnits.Key(b);
}
