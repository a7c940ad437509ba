using TongHop.Testing;

namespace TongHop.Pipeline.Tests.Golden;

/// <summary>
/// Golden files for the repository's own reports (tests/fixtures/reports/*.txt beside *.expected.json): a ward's
/// report with conflicting citation dates, a department's request for reports with its outline, and a university's
/// report in English-OCR style. Set TONGHOP_UPDATE_GOLDEN=1 to rewrite the expectations, then review the diff.
/// </summary>
public sealed class FixtureGoldenTests
{
    private static readonly ExtractionPipeline Pipeline = ExtractionPipeline.CreateDefault();

    public static TheoryData<string> Fixtures => new(
        Directory.GetFiles(SharedPaths.Repo("tests", "fixtures", "reports"), "*.txt").Select(Path.GetFileNameWithoutExtension).Order()!);

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Extract_Fixture_MatchesGoldenFile(string name)
    {
        var input = SharedPaths.Repo("tests", "fixtures", "reports", name + ".txt");
        var expectedPath = Path.ChangeExtension(input, ".expected.json");
        var run = Pipeline.Run(input);
        Assert.True(run.Succeeded, run.Error);
        var actual = DocumentProjection.ToJson(run.Result);
        if (Environment.GetEnvironmentVariable("TONGHOP_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(expectedPath, actual);
        }

        Assert.True(File.Exists(expectedPath), $"missing {expectedPath}; run with TONGHOP_UPDATE_GOLDEN=1 and review it");
        Assert.Equal(File.ReadAllText(expectedPath), actual);
    }
}
