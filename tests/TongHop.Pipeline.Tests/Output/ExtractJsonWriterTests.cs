using System.Text.Json;
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

    private static JsonDocument Extract(string path)
    {
        var result = Pipeline.Run(path);
        Assert.True(result.Succeeded, result.Error);
        return JsonDocument.Parse(TongHop.Pipeline.Output.ExtractJsonWriter.ToJson(result.Result));
    }

    private static void AssertFields(JsonElement element, params string[] names)
    {
        foreach (var name in names)
        {
            Assert.True(element.TryGetProperty(name, out _), $"missing field '{name}'");
        }
    }
}
