using TongHop.Reading.Tests.Fixtures;
using TongHop.Testing;

namespace TongHop.Reading.Tests;

/// <summary>
/// The committed DOCX and typed-PDF fixtures (read by the pipeline's same-report test) must be what the
/// generators make from the clean text. Set <c>TONGHOP_REGENERATE_FIXTURES=1</c> to rewrite them after
/// changing the clean text or a generator, then review the diff.
/// </summary>
public sealed class FixtureFilesTests
{
    private readonly DocumentReader _reader = DocumentReader.CreateDefault();

    [Theory]
    [InlineData(".docx")]
    [InlineData(".pdf")]
    public void CommittedFixture_ReadsLikeFreshlyGenerated(string extension)
    {
        var generated = extension == ".docx"
            ? DocxFixtureWriter.Write(FormatFixtures.CleanText)
            : PdfFixtureWriter.Write(FormatFixtures.CleanText);
        var path = FormatFixtures.Path(extension);
        if (Environment.GetEnvironmentVariable("TONGHOP_REGENERATE_FIXTURES") == "1")
        {
            File.WriteAllBytes(path, generated);
        }

        var expected = _reader.Read(generated, "generated" + extension, ReadContext.None);
        var committed = _reader.Read(path);
        Assert.True(committed.Succeeded, committed.Error);
        Assert.Equal(expected.Source!.Text, committed.Source.Text);
    }
}
