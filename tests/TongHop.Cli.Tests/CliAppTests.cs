using System.Text.Json;
using TongHop.Testing;

namespace TongHop.Cli.Tests;

/// <summary>Exit codes and output streams of the command line, run in-process.</summary>
public sealed class CliAppTests
{
    [Fact]
    public void Extract_Sample_PrintsJsonAndExitsZero()
    {
        var (code, stdout, stderr) = CliRunner.Run("extract", SharedPaths.Sample("ocr", "002.txt"), "--format", "json");
        Assert.Equal(ExitCodes.Ok, code);
        Assert.Equal("", stderr);
        using var json = JsonDocument.Parse(stdout);
        Assert.True(json.RootElement.TryGetProperty("document", out _));
    }

    [Fact]
    public void Extract_TextFormat_PrintsSummary()
    {
        var (code, stdout, _) = CliRunner.Run("extract", SharedPaths.Sample("clean", "003.txt"), "--format", "text");
        Assert.Equal(ExitCodes.Ok, code);
        Assert.Contains("Issuer:", stdout);
        Assert.Contains("Citations (", stdout);
    }

    [Fact]
    public void Extract_MissingFile_ExitsThreeWithOneLine()
    {
        var (code, stdout, stderr) = CliRunner.Run("extract", "/nonexistent/report.txt");
        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Equal("", stdout);
        Assert.Single(stderr.Trim().Split('\n'));
        Assert.Contains("not found", stderr);
    }

    [Fact]
    public void Extract_EmptyFile_ExitsThree()
    {
        using var file = new TempFile([]);
        var (code, _, stderr) = CliRunner.Run("extract", file.Path);
        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("empty", stderr);
    }

    [Theory]
    [InlineData("extract")]
    [InlineData("extract", "a.txt", "--format", "xml")]
    [InlineData("frobnicate")]
    [InlineData()]
    public void Run_BadUsage_ExitsTwo(params string[] args)
    {
        var (code, _, stderr) = CliRunner.Run(args);
        Assert.Equal(ExitCodes.Usage, code);
        Assert.NotEqual("", stderr);
    }

    [Theory]
    [InlineData("extract")]
    [InlineData("restore")]
    [InlineData("serve")]
    public void Help_EachCommand_PrintsUsageAndExitsZero(string command)
    {
        var (code, stdout, _) = CliRunner.Run(command, "--help");
        Assert.Equal(ExitCodes.Ok, code);
        Assert.Contains(command, stdout);
    }

    [Fact]
    public void Restore_Sample_KeepsLineCount()
    {
        var path = SharedPaths.Sample("ocr", "003.txt");
        var (code, stdout, _) = CliRunner.Run("restore", path);
        Assert.Equal(ExitCodes.Ok, code);
        Assert.Equal(File.ReadAllText(path).Split('\n').Length, stdout.Split('\n').Length);
    }
}
