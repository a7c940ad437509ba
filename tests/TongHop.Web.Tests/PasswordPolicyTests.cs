using TongHop.Application.Security;

namespace TongHop.Web.Tests;

public sealed class PasswordPolicyTests
{
    [Theory]
    [InlineData("aaaaaaaaaa")]
    [InlineData("1212121212")]
    [InlineData("password12")]
    [InlineData("Password2025!")]
    [InlineData("p4ssw0rd!!")]
    [InlineData("matkhau@2025")]
    [InlineData("Mậtkhẩu123456")]
    [InlineData("Admin123456!")]
    [InlineData("anhyeuem1990")]
    [InlineData("0905123456")]
    [InlineData("qwertyuiop")]
    [InlineData("abcdefghijk")]
    [InlineData("passpasspass")]
    [InlineData("iloveyou!!!")]
    public void Check_CommonOrGuessable_IsRefusedInVietnamese(string password)
    {
        var error = PasswordPolicy.Check(password);
        Assert.NotNull(error);
        Assert.StartsWith("Mật khẩu", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("gio-mua-thu-qua-song-Han")]
    [InlineData("mat-khau-thu-nghiem")]
    [InlineData("Cây đa đầu làng 1975")]
    [InlineData("k7#Qv9!mZ2pL")]
    public void Check_LongOwnPhrase_IsAccepted(string password)
    {
        Assert.Null(PasswordPolicy.Check(password));
    }

    [Fact]
    public void Check_ContainingTheUserName_IsRefused()
    {
        Assert.Equal("Mật khẩu không được chứa tên đăng nhập.", PasswordPolicy.Check("nguyenvanbinh-2025", "NguyenVanBinh"));
    }
}
