using TongHop.Testing;
using Xunit.Abstractions;

namespace TongHop.Pipeline.Tests.Golden;

/// <summary>
/// Metadata (issuer, number, type, place, date, signer) on the whole development set's clean forms, against
/// shared/samples gold, exactly: the twelve reports' clean text and DOCX, and the 111 published documents of the
/// Government, ministries and the National Assembly. The bars are the (≥ 0.98 on clean text and DOCX, every
/// field ≥ 0.95 on real published text); each run prints the per-field shares.
/// </summary>
public sealed class MetadataDevSetTests(ITestOutputHelper output)
{
    private static readonly ExtractionPipeline Pipeline = ExtractionPipeline.CreateDefault();

    [Fact]
    public void CleanReports_MetadataAtLeast098()
    {
        var files = Directory.GetFiles(Path.Combine(SharedPaths.Samples, "clean"), "*.txt")
            .Concat(Directory.GetFiles(Path.Combine(SharedPaths.Samples, "docx"), "*.docx"));
        var shares = Score(files, Path.Combine(SharedPaths.Samples, "gold"));
        Assert.True(shares.Values.Average() >= 0.98, $"metadata {shares.Values.Average():0.000}");
    }

    [Fact]
    public void PublishedDocuments_EveryFieldAtLeast095()
    {
        var folder = Path.Combine(SharedPaths.Samples, "published");
        var shares = Score(Directory.GetFiles(Path.Combine(folder, "docs"), "*.txt"), Path.Combine(folder, "gold"));
        Assert.All(shares, s => Assert.True(s.Value >= 0.95, $"{s.Key} {s.Value:0.000}"));
    }

    private Dictionary<string, double> Score(IEnumerable<string> files, string goldFolder)
    {
        var hits = GoldDocument.MetadataFields.ToDictionary(f => f, _ => 0);
        var count = 0;
        foreach (var file in files.Order())
        {
            var gold = GoldDocument.Load(Path.Combine(goldFolder, Path.GetFileNameWithoutExtension(file) + ".json"));
            var run = Pipeline.Run(file);
            Assert.True(run.Succeeded, run.Error);
            var matching = ExtractionScores.MatchingFields(gold, run.Result, folded: false);
            foreach (var field in GoldDocument.MetadataFields.Except(matching))
            {
                output.WriteLine($"{Path.GetFileName(file)} {field}: gold '{gold.Fields[field]}', read '{ExtractionScores.Fields(run.Result)[field]}'");
            }

            foreach (var field in matching)
            {
                hits[field]++;
            }

            count++;
        }

        var shares = hits.ToDictionary(h => h.Key, h => (double)h.Value / count);
        output.WriteLine(string.Join(", ", shares.Select(s => $"{s.Key} {s.Value:0.000}")) + $" ({count} files)");
        return shares;
    }
}
