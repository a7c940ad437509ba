using System.Globalization;
using System.Text.Json;
using TongHop.Core.Contract;
using TongHop.Testing;

namespace TongHop.Pipeline.Tests.Formats;

/// <summary>
/// One report in five formats (tests/fixtures/formats, see its README) must give the same JSON: the same
/// fields everywhere, and restored text that says the same thing, whatever the reader or OCR did.
/// </summary>
public sealed class SameReportTests
{
    private static readonly ExtractionPipeline Pipeline = ExtractionPipeline.CreateDefault();
    private static readonly Lazy<JsonElement> Typed = new(() => Extract(".txt"));

    [Theory]
    [InlineData(".docx", "docx", "docx", 0.99)]
    [InlineData(".pdf", "pdf", "pdf-text-layer", 0.99)]
    [InlineData(".scan.pdf", "pdf", "ocr", 0.95)]
    [InlineData(".tif", "image", "ocr", 0.93)]
    public void Run_SameReportInAnotherFormat_GivesSameJsonShapeAndSimilarText(string extension, string format, string textFrom, double minRecall)
    {
        var json = Extract(extension);
        Assert.Equal(Shape(Typed.Value), Shape(json));
        Assert.Equal(format, json.GetProperty("source").GetProperty("format").GetString());
        Assert.Equal(textFrom, json.GetProperty("source").GetProperty("textFrom").GetString());
        var recall = Recall(Restored(Typed.Value), Restored(json));
        Assert.True(recall >= minRecall, $"only {recall:P1} of the typed report's words were read from {extension}");
    }

    [Fact]
    public void Run_DocxOfTypedReport_RestoresTheSameLines()
    {
        Assert.Equal(NonBlankLines(Restored(Typed.Value)), NonBlankLines(Restored(Extract(".docx"))));
    }

    private static JsonElement Extract(string extension)
    {
        var path = SharedPaths.Repo("tests", "fixtures", "formats", "bao-cao-phuong-tan-an" + extension);
        var result = Pipeline.Run(path);
        Assert.True(result.Succeeded, result.Error);
        return JsonDocument.Parse(ExtractJsonWriter.ToJson(result.Result)).RootElement.Clone();
    }

    /// <summary>Every property path of the JSON, with array elements merged under <c>[]</c>: the fields, not their values.</summary>
    private static SortedSet<string> Shape(JsonElement json)
    {
        var paths = new SortedSet<string>(StringComparer.Ordinal);
        Collect(json, "", paths);
        return paths;
    }

    private static void Collect(JsonElement element, string path, SortedSet<string> paths)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                paths.Add(path + "." + property.Name);
                Collect(property.Value, path + "." + property.Name, paths);
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                Collect(item, path + "[]", paths);
            }
        }
    }

    private static string Restored(JsonElement json) => json.GetProperty("text").GetProperty("restored").GetString() ?? "";

    private static string[] NonBlankLines(string text) =>
        text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToArray();

    /// <summary>Share of the reference's words (lower case, edge punctuation stripped) found in the candidate, repeats counted.</summary>
    private static double Recall(string reference, string candidate)
    {
        var available = Words(candidate).GroupBy(w => w).ToDictionary(g => g.Key, g => g.Count());
        var wanted = Words(reference).ToList();
        var matched = 0;
        foreach (var word in wanted)
        {
            if (available.GetValueOrDefault(word) > 0)
            {
                available[word]--;
                matched++;
            }
        }

        return wanted.Count == 0 ? 0 : matched / (double)wanted.Count;
    }

    private static IEnumerable<string> Words(string text) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim(".,;:!?\"'()“”".ToCharArray()).ToLower(CultureInfo.InvariantCulture))
            .Where(w => w.Length > 0);
}
