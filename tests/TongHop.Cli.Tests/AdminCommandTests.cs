namespace TongHop.Cli.Tests;

/// <summary><c>tonghop admin create-user</c> on a throw-away SQLite data folder.</summary>
public sealed class AdminCommandTests : IDisposable
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), $"tonghop-admin-{Guid.NewGuid():N}");

    [Fact]
    public void CreateUser_Admin_PrintsGeneratedPassword()
    {
        var (code, stdout, stderr) = CliRunner.Run("admin", "create-user", "quantri", "--data", _data);
        Assert.Equal(ExitCodes.Ok, code);
        Assert.Equal("", stderr);
        Assert.Matches("created quantri \\(admin\\); password: \\S{10,}", stdout);
    }

    [Fact]
    public void CreateUser_SameNameTwice_FailsWithReason()
    {
        Assert.Equal(ExitCodes.Ok, CliRunner.Run("admin", "create-user", "chuyenvien", "--role", "reviewer", "--password", "mat-khau-dai-12", "--data", _data).Code);
        var (code, _, stderr) = CliRunner.Run("admin", "create-user", "chuyenvien", "--role", "reviewer", "--password", "mat-khau-dai-12", "--data", _data);
        Assert.Equal(ExitCodes.BadInput, code);
        Assert.NotEqual("", stderr);
    }

    [Fact]
    public void CreateUser_ReporterOfUnknownUnit_ExitsThree()
    {
        var (code, _, stderr) = CliRunner.Run("admin", "create-user", "baocao", "--role", "reporter", "--unit", "KHONG-CO", "--data", _data);
        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("KHONG-CO", stderr);
    }

    public void Dispose()
    {
        if (Directory.Exists(_data))
        {
            Directory.Delete(_data, recursive: true);
        }
    }
}
