using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TongHop.Application;
using TongHop.Application.Demo;
using TongHop.Storage;

namespace TongHop.Cli.Tests;

/// <summary><c>tonghop remind</c>: the demo province's missing units listed by a dry run, and bad input.</summary>
public sealed class RemindCommandTests : IDisposable
{
    private readonly DirectoryInfo _work = Directory.CreateTempSubdirectory("tonghop-remind-");

    [Fact]
    public async Task Remind_DryRun_ListsEveryMissingDemoUnit_SendsNothing()
    {
        var data = Path.Combine(_work.FullName, "data");
        await using (var services = new ServiceCollection().AddLogging().AddTongHopApplication(ApplicationOptions.From(StorageOptions.For(data, null))).BuildServiceProvider())
        {
            await DatabaseInitializer.InitializeAsync(services);
            await using var scope = services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var (code, stdout, stderr) = CliRunner.Run("remind", "--request", "1", "--dry-run", "--data", data);
        Assert.True(code == ExitCodes.Ok, stderr);
        // The demo deadline has passed: every unit that never sent its report is late.
        var expected = DemoProvince.Units.Where(u => u.HoursFromDeadline is null)
            .Select(u => $"{u.Code}\t{u.Code.ToLowerInvariant()}@quangngai.gov.vn\tlate").Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

        await using var check = new ServiceCollection().AddLogging().AddTongHopApplication(ApplicationOptions.From(StorageOptions.For(data, null))).BuildServiceProvider();
        await using var read = check.CreateAsyncScope();
        Assert.False(await read.ServiceProvider.GetRequiredService<TongHopDbContext>().Reminders.AnyAsync());
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }

    [Fact]
    public void Remind_FolderWithoutDatabase_ExitsThree()
    {
        var (code, _, stderr) = CliRunner.Run("remind", "--request", "1", "--dry-run", "--data", Path.Combine(_work.FullName, "khong-co"));
        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("no TongHop database", stderr, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        foreach (var file in _work.EnumerateFiles("*", SearchOption.AllDirectories))
        {
            file.Attributes = FileAttributes.Normal;
        }

        _work.Delete(recursive: true);
    }
}
