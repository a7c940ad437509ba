using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using TongHop.Core.Documents;
using TongHop.Core.Extraction;

namespace TongHop.Pipeline.Tests.Golden;

/// <summary>
/// The part of an extraction that the document golden files pin down: metadata, request, section outline
/// (without spans), citations and the citation findings. Indicators and text belong to other golden files.
/// </summary>
public static class DocumentProjection
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string ToJson(ExtractionResult result) => new JsonObject
    {
        ["document"] = Document(result.Document),
        ["request"] = result.Request is { } r ? Request(r) : null,
        ["sections"] = Sections(result.Sections),
        ["citations"] = new JsonArray(result.Citations.Select(Citation).ToArray<JsonNode?>()),
        ["findings"] = new JsonArray(result.Findings
            .Where(f => f.Code is "citation-date-conflict" or "date-after-document")
            .Select(f => (JsonNode?)new JsonObject { ["code"] = f.Code, ["about"] = f.About }).ToArray()),
    }.ToJsonString(Options) + "\n";

    private static JsonObject Document(DocumentMetadata d) => new()
    {
        ["issuer"] = d.Issuer,
        ["number"] = d.Number,
        ["type"] = d.Type,
        ["place"] = d.Place,
        ["date"] = Date(d.Date),
        ["title"] = d.Title,
        ["signer"] = d.Signer is { } s ? new JsonObject { ["name"] = s.Name, ["title"] = s.Title } : null,
        ["recipients"] = new JsonArray(d.Recipients.Select(x => (JsonNode?)x).ToArray()),
    };

    private static JsonObject Request(ReportRequestInfo r) => new()
    {
        ["deadline"] = r.Deadline?.ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture),
        ["period"] = r.Period is { } p ? new JsonObject { ["label"] = p.Label, ["from"] = Date(p.From), ["to"] = Date(p.To) } : null,
        ["recipients"] = new JsonArray(r.Recipients.Select(x => (JsonNode?)x).ToArray()),
        ["outline"] = Sections(r.Outline),
    };

    private static JsonArray Sections(IReadOnlyList<Section> sections) =>
        new(sections.Select(s => (JsonNode?)new JsonObject
        {
            ["number"] = s.Number,
            ["title"] = s.Title,
            ["level"] = s.Level,
            ["children"] = Sections(s.Children),
        }).ToArray());

    private static JsonObject Citation(Citation c) => new()
    {
        ["type"] = c.Type,
        ["number"] = c.Number,
        ["date"] = Date(c.Date),
        ["issuer"] = c.Issuer,
    };

    private static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
