using System.Text.Json;

namespace TongHop.Pipeline.Tests.Golden;

/// <summary>A gold annotation of shared/samples/gold/NNN.json: the document fields and the unique citations with all their dates.</summary>
public sealed record GoldDocument(IReadOnlyDictionary<string, string?> Fields, IReadOnlyList<GoldCitation> Citations, DateTime? Deadline)
{
    public static readonly string[] MetadataFields = ["issuer", "number", "type", "place", "date", "signer"];

    public static GoldDocument Load(string path)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        var document = json.RootElement.GetProperty("document");
        var fields = MetadataFields.ToDictionary(f => f, f => document.GetProperty(f).GetString());
        var citations = json.RootElement.GetProperty("citations").EnumerateArray()
            .Select(c => new GoldCitation(
                c.GetProperty("type").GetString()!,
                c.GetProperty("number").GetString()!,
                c.GetProperty("dates").EnumerateArray().Select(d => DateOnly.Parse(d.GetString()!, System.Globalization.CultureInfo.InvariantCulture)).ToHashSet()))
            .ToList();
        DateTime? deadline = json.RootElement.TryGetProperty("request", out var request) && request.ValueKind == JsonValueKind.Object
            ? DateTime.Parse(request.GetProperty("deadline").GetString()!, System.Globalization.CultureInfo.InvariantCulture)
            : null;
        return new GoldDocument(fields, citations, deadline);
    }

    /// <summary>
    /// The gold without a citation of the document's own number: samples/README.md says "a document's reference to
    /// itself is not a citation", and the reader leaves it out, but sample 001's gold lists its own number (cited by
    /// the outline attached to it).
    /// </summary>
    public GoldDocument WithoutOwnNumber() =>
        this with { Citations = Citations.Where(c => c.Number != Fields["number"]).ToList() };
}

public sealed record GoldCitation(string Type, string Number, IReadOnlySet<DateOnly> Dates);
