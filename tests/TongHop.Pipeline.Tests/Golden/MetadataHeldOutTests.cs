using TongHop.Testing;
using Xunit.Abstractions;

namespace TongHop.Pipeline.Tests.Golden;

/// <summary>
/// Metadata on documents the readers were never tuned on: tests/fixtures/metadata-heldout, written by
/// tools/metadata-check/generate.py (seed 2027) from the shipped lists of administrative units and agencies: communes,
/// wards and special zones of every province, Party committees, departments, provincial police and social insurance,
/// ministries; their numbers, dates and signature blocks, with names made up. The clean form has the columns apart
/// (TAB), the OCR-like form runs them into one line. Bars: the (≥ 0.98 on clean text; ≥ 0.95 a field).
/// Set TONGHOP_METADATA_CHECK_DIR to a folder the generator wrote to read another set. Also
/// tests/fixtures/metadata-layouts: documents written by hand, gold first, in layouts the generator does not make (the
/// Government Office, a special zone, an enterprise, a Party committee, a hospital, `KT.`, `TL.`, `TUQ.`, `(Đã ký)`,
/// a number with a decimal part), same bars.
/// </summary>
public sealed class MetadataHeldOutTests(ITestOutputHelper output)
{
    private static readonly ExtractionPipeline Pipeline = ExtractionPipeline.CreateDefault();

    [Theory]
    [InlineData("metadata-heldout", "clean")]
    [InlineData("metadata-heldout", "merged")]
    [InlineData("metadata-layouts", "clean")]
    public void HeldOutDocuments_EveryFieldAtLeast095_Overall098(string set, string form)
    {
        var folder = set == "metadata-heldout" && Environment.GetEnvironmentVariable("TONGHOP_METADATA_CHECK_DIR") is { Length: > 0 } dir
            ? Path.Combine(dir, form)
            : SharedPaths.Repo("tests", "fixtures", set, form);
        var files = Directory.GetFiles(Path.Combine(folder, "docs"), "*.txt");
        Assert.NotEmpty(files);
        var shares = Score(files, Path.Combine(folder, "gold"));
        Assert.All(shares, s => Assert.True(s.Value >= 0.95, $"{s.Key} {s.Value:0.000}"));
        Assert.True(shares.Values.Average() >= 0.98, $"metadata {shares.Values.Average():0.000}");
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
