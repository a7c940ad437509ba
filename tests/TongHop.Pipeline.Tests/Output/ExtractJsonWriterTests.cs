using System.Text.Json;
using TongHop.Core.Contract;
using TongHop.Testing;

namespace TongHop.Pipeline.Tests.Output;

/// <summary>The JSON of <c>extract</c> keeps to docs/extract-output.md: every field present, right JSON types.</summary>
public sealed class ExtractJsonWriterTests
{
    private static readonly ExtractionPipeline Pipeline = ExtractionPipeline.CreateDefault();

    public static TheoryData<string, string> Samples => new()
    {
        { "clean", "001.txt" }, { "clean", "002.txt" }, { "clean", "003.txt" },
        { "ocr", "001.txt" }, { "ocr", "002.txt" }, { "ocr", "003.txt" },
    };

    [Theory]
    [MemberData(nameof(Samples))]
    public void ToJson_Sample_HasEveryContractField(string kind, string name)
    {
        using var json = Extract(SharedPaths.Sample(kind, name));
        var root = json.RootElement;
        AssertFields(root, "source", "text", "document", "request", "sections", "citations", "indicators", "facts", "findings");
        AssertFields(root.GetProperty("source"), "path", "sha256", "format", "pages", "textFrom");
        AssertFields(root.GetProperty("text"), "quality", "repaired", "restored");
        AssertFields(root.GetProperty("document"), "issuer", "number", "type", "place", "date", "title", "signer", "recipients");
        Assert.Equal(JsonValueKind.Number, root.GetProperty("text").GetProperty("quality").ValueKind);
        Assert.Equal(JsonValueKind.Array, root.GetProperty("document").GetProperty("recipients").ValueKind);
        foreach (var list in new[] { "sections", "citations", "indicators", "facts", "findings" })
        {
            Assert.Equal(JsonValueKind.Array, root.GetProperty(list).ValueKind);
        }
    }

    [Fact]
    public void ToJson_Spans_PointIntoRestoredText()
    {
        using var json = Extract(SharedPaths.Sample("clean", "002.txt"));
        var root = json.RootElement;
        var restored = root.GetProperty("text").GetProperty("restored").GetString()!;
        foreach (var list in new[] { "sections", "citations", "indicators", "facts" })
        {
            foreach (var item in root.GetProperty(list).EnumerateArray())
            {
                var span = item.GetProperty("span");
                var start = span[0].GetInt32();
                var end = span[1].GetInt32();
                Assert.InRange(start, 0, end);
                Assert.InRange(end, start, restored.Length);
            }
        }
    }

    [Fact]
    public void ToJson_SourceHash_IsSha256OfTheFile()
    {
        var path = SharedPaths.Sample("clean", "001.txt");
        using var json = Extract(path);
        var expected = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(path)));
        Assert.Equal(expected, json.RootElement.GetProperty("source").GetProperty("sha256").GetString());
    }

    /// <summary>What the writer writes, the reader reads: the stored extraction read back writes the same JSON.</summary>
    [Theory]
    [MemberData(nameof(Samples))]
    public void ReadThenWrite_Sample_GivesTheSameJson(string kind, string name) => AssertRoundTrip(SharedPaths.Sample(kind, name));

    [Theory]
    [InlineData("department-request-for-reports.txt")]
    [InlineData("university-report-ocr.txt")]
    [InlineData("ward-report-date-conflict.txt")]
    public void ReadThenWrite_Fixture_GivesTheSameJson(string name) =>
        AssertRoundTrip(Path.Combine(SharedPaths.RepoRoot, "tests", "fixtures", "reports", name));

    [Fact]
    public void Read_PartialJson_ReadsWhatIsThere()
    {
        Assert.True(ExtractJsonReader.TryRead("""{"document":{"number":"12/BC-UBND","date":"2025-09-30"},"indicators":[]}""", out var read));
        Assert.Equal(("12/BC-UBND", new DateOnly(2025, 9, 30)), (read.Document.Number, read.Document.Date));
        Assert.Empty(read.Sections);
        Assert.Null(read.Request);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("{")]
    [InlineData("[1, 2]")]
    [InlineData("""{"indicators":[{"key":"x","kind":"actual","value":1,"unit":"liters","qualifier":"exact"}]}""")]
    [InlineData("""{"indicators":[{"key":"x","kind":"actual","value":1,"unit":"count","qualifier":"greaterThan"}]}""")]
    public void TryRead_NotAnExtraction_IsFalse(string? json) => Assert.False(ExtractJsonReader.TryRead(json, out _));

    private static void AssertRoundTrip(string path)
    {
        var result = Pipeline.Run(path);
        Assert.True(result.Succeeded, result.Error);
        var json = ExtractJsonWriter.ToJson(result.Result);
        Assert.Equal(json, ExtractJsonWriter.ToJson(ExtractJsonReader.Read(json)));
    }

    private static JsonDocument Extract(string path)
    {
        var result = Pipeline.Run(path);
        Assert.True(result.Succeeded, result.Error);
        return JsonDocument.Parse(ExtractJsonWriter.ToJson(result.Result));
    }

    private static void AssertFields(JsonElement element, params string[] names)
    {
        foreach (var name in names)
        {
            Assert.True(element.TryGetProperty(name, out _), $"missing field '{name}'");
        }
    }
}
