using System.Diagnostics;
using TongHop.Testing;

namespace TongHop.Cli.Tests;

/// <summary>
/// The generated bad-input corpus (<see cref="BadFiles"/>) through <c>tonghop extract</c>: each file is refused with
/// exit code 3 and one English line that says why, quickly and within bounded memory, never a stack trace.
/// </summary>
public sealed class BadInputCorpusTests
{
    public static TheoryData<string> Kinds => [.. BadFiles.All.Select(f => f.Kind)];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Extract_BadFile_ExitsThree_WithItsReason(string kind)
    {
        var bad = BadFiles.All.Single(f => f.Kind == kind);
        using var file = new TempFile(bad.Make(), Path.GetExtension(bad.FileName));
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        var (code, stdout, stderr) = CliRunner.Run("extract", file.Path);
        clock.Stop();
        allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Equal("", stdout);
        var line = Assert.Single(stderr.Trim().Split('\n'));
        Assert.StartsWith("tonghop extract: ", line, StringComparison.Ordinal);
        Assert.Contains(bad.Reason, line, StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"{kind}: {clock.Elapsed}");
        Assert.True(allocated < 256L * 1024 * 1024, $"{kind}: allocated {allocated / 1024 / 1024} MB");
    }

    [Fact]
    public void Extract_FileOverTheSizeLimit_IsRefusedBeforeItIsRead()
    {
        var content = new byte[51 * 1024 * 1024];
        Array.Fill(content, (byte)'x');
        using var file = new TempFile(content, ".txt");
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var (code, _, stderr) = CliRunner.Run("extract", file.Path);
        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("files over 50 MB are refused", stderr, StringComparison.Ordinal);
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - allocated < 16L * 1024 * 1024);
    }
}
