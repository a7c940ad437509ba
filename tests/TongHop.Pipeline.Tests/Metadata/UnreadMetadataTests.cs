using TongHop.Checks.Metadata;
using TongHop.Testing;

namespace TongHop.Pipeline.Tests.Metadata;

/// <summary>
/// Fields a document cannot give come out null with a finding, never as a guess: a scan's hand-written number and day
/// that the OCR read as "#3" and "l6" (repaired text included), and a draft's blanks.
/// </summary>
public sealed class UnreadMetadataTests
{
    private static readonly ExtractionPipeline Pipeline = ExtractionPipeline.CreateDefault();

    [Theory]
    [InlineData("special-zone-scan-handwritten.txt", "Viết tay")]
    [InlineData("ward-plan-draft-blank.txt", "để trống")]
    public void UnreadNumberAndDay_NullWithFindings(string fixture, string words)
    {
        var run = Pipeline.Run(SharedPaths.Repo("tests", "fixtures", "metadata", fixture));
        Assert.True(run.Succeeded, run.Error);
        Assert.Null(run.Result.Document.Number);
        Assert.Null(run.Result.Document.Date);
        var findings = run.Result.Findings.Where(f => f.Code == UnreadMetadataCheck.Code).ToList();
        Assert.Equal(["number", "date"], findings.Select(f => f.About));
        Assert.All(findings, f => Assert.Contains(words, f.Message, StringComparison.OrdinalIgnoreCase));
        Assert.All(findings, f => Assert.NotNull(f.Span));
    }

    [Fact]
    public void SignerWhoseFamilyNameWasLost_NullWithFinding()
    {
        var run = Pipeline.Run(SharedPaths.Repo("tests", "fixtures", "metadata", "commune-signer-family-name-lost.txt"));
        Assert.True(run.Succeeded, run.Error);
        Assert.Null(run.Result.Document.Signer?.Name);
        var finding = Assert.Single(run.Result.Findings, f => f.Code == UnreadMetadataCheck.Code);
        Assert.Equal("signer", finding.About);
        Assert.Contains("mất họ", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadNumberAndDay_NoFinding()
    {
        var run = Pipeline.Run(SharedPaths.Repo("tests", "fixtures", "metadata", "party-commune-report.txt"));
        Assert.True(run.Succeeded, run.Error);
        Assert.DoesNotContain(run.Result.Findings, f => f.Code == UnreadMetadataCheck.Code);
    }
}
