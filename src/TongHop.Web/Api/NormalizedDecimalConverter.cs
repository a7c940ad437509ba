using System.Text.Json;
using System.Text.Json.Serialization;

namespace TongHop.Web.Api;

/// <summary>
/// Writes decimals without the database's trailing zeros (PostgreSQL numeric(24,6) reads back 8.000000):
/// 8 stays 8 and 65.50 becomes 65.5, as in the extract contract.
/// </summary>
internal sealed class NormalizedDecimalConverter : JsonConverter<decimal>
{
    public override decimal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.GetDecimal();

    public override void Write(Utf8JsonWriter writer, decimal value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteNumberValue(Normalize(value));
    }

    public static decimal Normalize(decimal value) => value / 1.000000000000000000000000000000000m;
}
