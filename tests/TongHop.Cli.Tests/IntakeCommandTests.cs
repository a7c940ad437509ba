using System.Text;
using TongHop.Storage.Tests.Support;
using TongHop.Web;

namespace TongHop.Cli.Tests;

/// <summary>
/// <c>tonghop intake</c> on the demo database (SQLite, and PostgreSQL when TONGHOP_TEST_POSTGRES is set): a demo unit's
/// report is filed to that unit and the demo request; a report of a unit that is not in the list is left needs-review,
/// never filed to another unit.
/// </summary>
public sealed class IntakeCommandTests : IDisposable
{
    private readonly DirectoryInfo _work = Directory.CreateTempSubdirectory("tonghop-intake-cli-");

    public static TheoryData<string> Providers => TestDatabase.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Intake_DemoUnitFiled_UnknownUnitNeedsReview(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var data = Path.Combine(_work.FullName, "data-" + provider);
        await using (var app = WebApp.Build(new WebAppOptions(data, true, "http://127.0.0.1:0", database.Options.ConnectionString)))
        {
            await app.StartAsync();
            await app.StopAsync();
        }

        var known = Write("BC 77-UBND Son Ha.txt", Report("XÃ SƠN HÀ", "Sơn Hà", "77"));
        var unknown = Write("bao-cao-hanh-thien.txt", Report("XÃ HÀNH THIỆN", "Hành Thiện", "140"));
        string[] where = database.Options.ConnectionString is { } pg ? ["--data", data, "--postgres", pg] : ["--data", data];

        var (code, stdout, stderr) = CliRunner.Run(["intake", known, unknown, .. where]);

        Assert.True(code == ExitCodes.Ok, stderr);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["BC 77-UBND Son Ha.txt\tXA-SON-HA\t1\tfiled", "bao-cao-hanh-thien.txt\t\t\tneeds-review"], lines);

        var again = CliRunner.Run(["intake", known, .. where]);
        Assert.Equal("BC 77-UBND Son Ha.txt\tXA-SON-HA\t1\tduplicate", again.Stdout.Trim());
    }

    [Fact]
    public void Intake_MissingFileOrDatabase_ExitsThree()
    {
        var file = Write("bc.txt", Report("XÃ SƠN HÀ", "Sơn Hà", "1"));
        var (code, _, stderr) = CliRunner.Run("intake", Path.Combine(_work.FullName, "khong-co.pdf"), "--data", _work.FullName);
        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("no such file", stderr, StringComparison.Ordinal);
        var missing = Path.Combine(_work.FullName, "khong-co-du-lieu");
        (code, _, stderr) = CliRunner.Run("intake", file, "--data", missing);
        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("no TongHop database", stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(missing));
    }

    public void Dispose()
    {
        foreach (var f in _work.EnumerateFiles("*", SearchOption.AllDirectories))
        {
            f.Attributes = FileAttributes.Normal;
        }

        _work.Delete(recursive: true);
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_work.FullName, name);
        File.WriteAllText(path, text, Encoding.UTF8);
        return path;
    }

    // In the tests' own words and layout: a two-column header, the period in the title, the demo dispatch cited.
    private static string Report(string communeUpper, string place, string number) =>
        $"ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n{communeUpper}\tĐộc lập - Tự do - Hạnh phúc\n" +
        $"Số: {number}/BC-UBND\t{place}, ngày 19 tháng 9 năm 2025\n\nBÁO CÁO\nTình hình thực hiện chuyển đổi số 9 tháng đầu năm 2025\n\n" +
        $"Căn cứ Công văn số 1575/SKHCN-QLCN ngày 10/9/2025 của Sở Khoa học và Công nghệ, UBND xã {place} báo cáo:\n" +
        "Có 4 trạm thu phát sóng di động (BTS); 210/300 hồ sơ được giải quyết trực tuyến.\n";
}
