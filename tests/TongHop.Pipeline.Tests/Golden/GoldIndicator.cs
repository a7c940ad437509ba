using System.Text.Json;

namespace TongHop.Pipeline.Tests.Golden;

/// <summary>An expected indicator of a gold file: key, kind, value and, where given, numerator/denominator and qualifier.</summary>
public sealed record GoldIndicator(string Key, string Kind, decimal Value, decimal? Numerator, decimal? Denominator, string? Qualifier)
{
    public static IReadOnlyList<GoldIndicator> ReadFile(string path)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        return [.. json.RootElement.GetProperty("indicators").EnumerateArray().Select(Read)];
    }

    private static GoldIndicator Read(JsonElement e) => new(
        e.GetProperty("key").GetString()!,
        e.TryGetProperty("kind", out var k) ? k.GetString()! : "actual",
        e.GetProperty("value").GetDecimal(),
        Optional(e, "numerator"),
        Optional(e, "denominator"),
        e.TryGetProperty("qualifier", out var q) ? q.GetString() : null);

    private static decimal? Optional(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDecimal() : null;
}
