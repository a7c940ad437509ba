using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using TongHop.Core;
using TongHop.Core.Documents;
using TongHop.Core.Extraction;
using TongHop.Core.Indicators;

namespace TongHop.Core.Contract;

/// <summary>
/// Writes an <see cref="ExtractionResult"/> as the JSON contract of <c>tonghop extract</c>
/// (docs/extract-output.md): every field present, <c>null</c> or <c>[]</c> when absent, ISO dates,
/// JSON numbers, spans as <c>[start, end)</c> into <c>text.restored</c>.
/// Written by hand with <see cref="Utf8JsonWriter"/> so field order and nulls follow the contract exactly; read
/// back by <see cref="ExtractJsonReader"/> (the stored extraction of a submission), the pair being the contract's
/// one home in code.
/// </summary>
public static class ExtractJsonWriter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        // Vietnamese letters stay readable instead of being escaped as \uXXXX.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string ToJson(ExtractionResult result)
    {
        using var stream = new MemoryStream();
        Write(stream, result);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    public static void Write(Stream stream, ExtractionResult result)
    {
        using var w = new Utf8JsonWriter(stream, Options);
        w.WriteStartObject();
        WriteSource(w, result.Source);
        WriteText(w, result);
        WriteDocument(w, result.Document);
        WriteRequest(w, result.Request);
        w.WritePropertyName("sections");
        WriteSections(w, result.Sections);
        WriteArray(w, "citations", result.Citations, WriteCitation);
        WriteArray(w, "indicators", result.Indicators, WriteIndicator);
        WriteArray(w, "facts", result.Facts, WriteFact);
        WriteArray(w, "findings", result.Findings, WriteFinding);
        w.WriteEndObject();
    }

    private static void WriteSource(Utf8JsonWriter w, SourceText s)
    {
        w.WriteStartObject("source");
        w.WriteString("path", s.Path);
        w.WriteString("sha256", s.Sha256);
        w.WriteString("format", s.Format);
        WriteNullable(w, "pages", s.Pages);
        w.WriteString("textFrom", s.TextFrom);
        w.WriteString("encoding", s.Encoding);
        w.WriteEndObject();
    }

    private static void WriteText(Utf8JsonWriter w, ExtractionResult r)
    {
        w.WriteStartObject("text");
        w.WriteNumber("quality", Math.Round(r.Text.Quality, 3));
        w.WriteBoolean("repaired", r.Text.Repaired);
        w.WriteString("restored", r.Text.Restored);
        w.WriteEndObject();
    }

    private static void WriteDocument(Utf8JsonWriter w, DocumentMetadata d)
    {
        w.WriteStartObject("document");
        w.WriteString("issuer", d.Issuer);
        w.WriteString("number", d.Number);
        w.WriteString("type", d.Type);
        w.WriteString("place", d.Place);
        WriteDate(w, "date", d.Date);
        w.WriteString("title", d.Title);
        if (d.Signer is null)
        {
            w.WriteNull("signer");
        }
        else
        {
            w.WriteStartObject("signer");
            w.WriteString("name", d.Signer.Name);
            w.WriteString("title", d.Signer.Title);
            w.WriteEndObject();
        }

        WriteStrings(w, "recipients", d.Recipients);
        w.WriteEndObject();
    }

    private static void WriteRequest(Utf8JsonWriter w, ReportRequestInfo? r)
    {
        if (r is null)
        {
            w.WriteNull("request");
            return;
        }

        w.WriteStartObject("request");
        w.WriteString("deadline", r.Deadline?.ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture));
        if (r.Period is null)
        {
            w.WriteNull("period");
        }
        else
        {
            w.WriteStartObject("period");
            w.WriteString("label", r.Period.Label);
            WriteDate(w, "from", r.Period.From);
            WriteDate(w, "to", r.Period.To);
            w.WriteEndObject();
        }

        WriteStrings(w, "recipients", r.Recipients);
        w.WritePropertyName("outline");
        WriteSections(w, r.Outline);
        w.WriteEndObject();
    }

    private static void WriteSections(Utf8JsonWriter w, IReadOnlyList<Section> sections)
    {
        w.WriteStartArray();
        foreach (var s in sections)
        {
            w.WriteStartObject();
            w.WriteString("number", s.Number);
            w.WriteString("title", s.Title);
            w.WriteNumber("level", s.Level);
            WriteSpan(w, s.Span);
            w.WritePropertyName("children");
            WriteSections(w, s.Children);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WriteCitation(Utf8JsonWriter w, Citation c)
    {
        w.WriteString("type", c.Type);
        w.WriteString("number", c.Number);
        WriteDate(w, "date", c.Date);
        w.WriteString("issuer", c.Issuer);
        WriteSpan(w, c.Span);
    }

    private static void WriteIndicator(Utf8JsonWriter w, IndicatorValue v)
    {
        w.WriteString("key", v.Key);
        w.WriteString("kind", ContractNames.Of(v.Kind));
        w.WriteNumber("value", Normalize(v.Value));
        w.WriteString("unit", v.Unit.Code());
        WriteNullable(w, "numerator", v.Numerator);
        WriteNullable(w, "denominator", v.Denominator);
        w.WriteString("qualifier", ContractNames.Of(v.Qualifier));
        WriteNullable(w, "period", v.Period);
        w.WriteString("evidence", v.Evidence);
        WriteSpan(w, v.Span);
        w.WriteNumber("confidence", Math.Round(v.Confidence, 2));
    }

    private static void WriteFact(Utf8JsonWriter w, Fact f)
    {
        w.WriteNumber("value", Normalize(f.Value));
        w.WriteString("unit", f.Unit);
        w.WriteString("evidence", f.Evidence);
        WriteSpan(w, f.Span);
    }

    private static void WriteFinding(Utf8JsonWriter w, Finding f)
    {
        w.WriteString("code", f.Code);
        w.WriteString("severity", ContractNames.Of(f.Severity));
        w.WriteString("message", f.Message);
        if (f.Span is { } span)
        {
            WriteSpan(w, span);
        }
        else
        {
            w.WriteNull("span");
        }

        w.WriteString("about", f.About);
    }

    private static void WriteArray<T>(Utf8JsonWriter w, string name, IReadOnlyList<T> items, Action<Utf8JsonWriter, T> writeFields)
    {
        w.WriteStartArray(name);
        foreach (var item in items)
        {
            w.WriteStartObject();
            writeFields(w, item);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WriteStrings(Utf8JsonWriter w, string name, IReadOnlyList<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values)
        {
            w.WriteStringValue(v);
        }

        w.WriteEndArray();
    }

    private static void WriteSpan(Utf8JsonWriter w, TextSpan span)
    {
        w.WriteStartArray("span");
        w.WriteNumberValue(span.Start);
        w.WriteNumberValue(span.End);
        w.WriteEndArray();
    }

    private static void WriteDate(Utf8JsonWriter w, string name, DateOnly? date) =>
        w.WriteString(name, date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    private static void WriteNullable(Utf8JsonWriter w, string name, int? value)
    {
        if (value is { } v)
        {
            w.WriteNumber(name, v);
        }
        else
        {
            w.WriteNull(name);
        }
    }

    private static void WriteNullable(Utf8JsonWriter w, string name, decimal? value)
    {
        if (value is { } v)
        {
            w.WriteNumber(name, Normalize(v));
        }
        else
        {
            w.WriteNull(name);
        }
    }

    // Drops trailing zeros of the decimal's scale, so 100.0m is written 100 and 65.50m as 65.5.
    private static decimal Normalize(decimal value) => value / 1.000000000000000000000000000000000m;
}
