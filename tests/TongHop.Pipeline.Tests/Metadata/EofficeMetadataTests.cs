using TongHop.Checks.Metadata;
using TongHop.Testing;

namespace TongHop.Pipeline.Tests.Metadata;

/// <summary>The metadata of an e-office PDF (tests/fixtures/eoffice): the stamped number and date are read, the draft's blanks are findings.</summary>
public sealed class EofficeMetadataTests
{
    private static readonly ExtractionPipeline Pipeline = ExtractionPipeline.CreateDefault();

    [Fact]
    public void Stamped_NumberAndDateRead()
    {
        var run = Pipeline.Run(SharedPaths.Repo("tests", "fixtures", "eoffice", "ke-hoach-xa-tan-lap.stamped.pdf"));
        Assert.True(run.Succeeded, run.Error);
        var document = run.Result.Document;
        Assert.Equal(("173/KH-UBND", new DateOnly(2026, 4, 28)), (document.Number, document.Date));
        Assert.Equal(("UBND xã Tân Lập", "Tân Lập", "Kế hoạch"), (document.Issuer, document.Place, document.Type));
        Assert.Equal("Lò Văn Sơn", document.Signer?.Name);
        Assert.DoesNotContain(run.Result.Findings, f => f.Code == UnreadMetadataCheck.Code);
    }

    [Theory]
    [InlineData("ke-hoach-xa-tan-lap.unnumbered.pdf")]
    [InlineData("cong-van-so-khcn.unnumbered.pdf")]
    public void Unnumbered_BlanksAreFindings(string file)
    {
        var run = Pipeline.Run(SharedPaths.Repo("tests", "fixtures", "eoffice", file));
        Assert.True(run.Succeeded, run.Error);
        Assert.Equal((null, null), (run.Result.Document.Number, run.Result.Document.Date));
        Assert.Equal(["number", "date"], run.Result.Findings.Where(f => f.Code == UnreadMetadataCheck.Code).Select(f => f.About));
    }

    // A department's letter: the number over a two-line "V/v" subject, the place and date beside the subject's first line.
    [Fact]
    public void StampedLetter_NumberAndDateBesideTheSubject_Read()
    {
        var run = Pipeline.Run(SharedPaths.Repo("tests", "fixtures", "eoffice", "cong-van-so-khcn.stamped.pdf"));
        Assert.True(run.Succeeded, run.Error);
        var document = run.Result.Document;
        Assert.Equal(("1042/SKHCN-CĐS", new DateOnly(2026, 5, 7)), (document.Number, document.Date));
        Assert.Equal(("Sở Khoa học và Công nghệ", "Quảng Trị", "Công văn"), (document.Issuer, document.Place, document.Type));
        Assert.Equal("đăng ký tài khoản định danh điện tử cho công chức", document.Title);
        Assert.Equal(("Hồ Thị Kim Thoa", "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC"), (document.Signer?.Name, document.Signer?.Title));
        Assert.DoesNotContain(run.Result.Findings, f => f.Code == UnreadMetadataCheck.Code);
    }
}
