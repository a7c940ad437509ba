using TongHop.Checks;
using TongHop.Checks.Metadata;
using TongHop.Core.Documents;
using TongHop.Core.Text;
using TongHop.Extraction.Citations;
using TongHop.Extraction.Indicators;
using TongHop.Extraction.Metadata;
using TongHop.Extraction.Requests;
using TongHop.Parsing;
using TongHop.Reading;
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

    // A report's footer as English OCR gave it and as a repair that read the name line as prose made of it.
    private const string AsRead = "Noi nhan:\tTM. UY BAN NHAN DAN\n- Luu: VT.\tCHU TICH\n\nThao Van Pao\n";
    private const string AsRepaired = "Nơi nhận:\tTM. ỦY BAN NHÂN DÂN\n- Lưu: VT.\tCHỦ TỊCH\n\nThảo Văn Đạo\n";

    [Fact]
    public void SignerThatOcrLettersSpellOtherwise_NullWithFinding()
    {
        var pipeline = new ExtractionPipeline(
            DocumentReader.CreateDefault(), new FixedRepair(AsRepaired), new DocumentParser(), new MetadataExtractor(),
            new RequestExtractor(), new CitationExtractor(), new IndicatorExtractor(), [new UnreadMetadataCheck()]);
        var result = pipeline.Extract(new SourceText("footer.txt", "", "txt", null, "plain", AsRead));
        Assert.Null(result.Document.Signer?.Name);
        var finding = Assert.Single(result.Findings, f => f.Code == UnreadMetadataCheck.Code);
        Assert.Equal("signer", finding.About);
        Assert.Contains("Thao Van Pao", finding.Message, StringComparison.Ordinal);
        Assert.Contains("tên khác", finding.Message, StringComparison.Ordinal);
    }

    // Stands for the repair stage: returns a fixed repaired text, line for line the input's lines.
    private sealed class FixedRepair(string restored) : ITextRepairer
    {
        public RepairResult Repair(string text) => new(restored, true, 0.6);
    }
}
