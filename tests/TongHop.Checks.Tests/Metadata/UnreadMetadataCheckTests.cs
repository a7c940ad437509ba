using TongHop.Checks;
using TongHop.Checks.Metadata;
using TongHop.Core;
using TongHop.Core.Documents;
using TongHop.Core.Extraction;
using TongHop.Core.Text;

namespace TongHop.Checks.Tests.Metadata;

public sealed class UnreadMetadataCheckTests
{
    [Theory]
    [InlineData("number", MetadataGap.Unreadable, "92026-T1-BNV", "Số văn bản viết tay hoặc in mờ")]
    [InlineData("number", MetadataGap.Blank, "", "Số văn bản để trống")]
    [InlineData("date", MetadataGap.Unreadable, "#3", "Ngày ban hành viết tay hoặc in mờ")]
    [InlineData("place", MetadataGap.Unreadable, "Hà Aói", "Địa danh nơi ban hành bị lỗi nhận dạng")]
    [InlineData("issuer", MetadataGap.Unreadable, "BACHA", "Tên cơ quan ban hành bị lỗi nhận dạng")]
    public void EachGap_OneWarningAboutItsField(string field, string reason, string written, string message)
    {
        var gap = new MetadataGap(field, reason, written, new TextSpan(3, 9));
        var source = new SourceText("x.txt", "", "txt", null, "plain", "");
        var result = new ExtractionResult(source, new RepairResult("", false, 1), DocumentMetadata.Empty with { Gaps = [gap] }, null, [], [], [], [], []);

        var finding = Assert.Single(new UnreadMetadataCheck().Check(new CheckContext(result, null)));

        Assert.Equal((UnreadMetadataCheck.Code, FindingSeverity.Warning, field), (finding.Code, finding.Severity, finding.About));
        Assert.StartsWith(message, finding.Message, StringComparison.Ordinal);
        Assert.Contains(written, finding.Message, StringComparison.Ordinal);
        Assert.Equal(new TextSpan(3, 9), finding.Span);
    }

    [Fact]
    public void ADoubtfulSigner_IsANoteToCheckIt_NotAWarningThatItIsEmpty()
    {
        var gap = new MetadataGap("signer", MetadataGap.Doubtful, "Định", new TextSpan(3, 9));
        var source = new SourceText("x.txt", "", "txt", null, "plain", "");
        var result = new ExtractionResult(source, new RepairResult("", false, 1), DocumentMetadata.Empty with { Gaps = [gap] }, null, [], [], [], [], []);

        var finding = Assert.Single(new UnreadMetadataCheck().Check(new CheckContext(result, null)));

        Assert.Equal((UnreadMetadataCheck.Code, FindingSeverity.Info, "signer"), (finding.Code, finding.Severity, finding.About));
        Assert.Contains("\"Định\"", finding.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("để trống", finding.Message, StringComparison.Ordinal);
    }
}
