using System.Globalization;
using TongHop.Core.Contract;
using TongHop.Storage.Entities;

namespace TongHop.Application.DocumentReview;

/// <summary>One metadata field of a submission: what the reader found, what counts now, and who decided.</summary>
/// <param name="Field">The field's code (<see cref="DocumentFields"/>).</param>
/// <param name="Extracted">The value the reader found (a date as yyyy-MM-dd), null when it found none.</param>
/// <param name="Value">The value that counts: the latest correction, else <paramref name="Extracted"/>.</param>
/// <param name="State">Auto (not reviewed), Confirmed or Corrected.</param>
public sealed record ReviewedField(string Field, string? Extracted, string? Value, ReviewState State, string? ReviewedBy, DateTime? ReviewedAtUtc)
{
    public string Label => DocumentFields.Label(Field);

    public string Display => DocumentFields.Display(Field, Value);
}

/// <summary>
/// A submission's document metadata as the reviewers left it: the extraction's fields with every reviewer's latest
/// decision applied, and the decisions themselves (newest first) as the audit trail.
/// </summary>
public sealed record ReviewedDocument(IReadOnlyList<ReviewedField> Fields, IReadOnlyList<DocumentFieldReview> History)
{
    public static ReviewedDocument Empty { get; } = Build(null, []);

    public ReviewedField this[string field] => Fields.Single(f => f.Field == field);

    /// <summary>
    /// The documents the report cites, each once (the same type and number; without a number, the same date and
    /// issuer too; a later mention may give the date or issuer the first left out), in the order first cited,
    /// with where it is first cited (a span of the restored text) and how many times.
    /// </summary>
    public IReadOnlyList<CitedDocument> Citations { get; init; } = [];

    /// <summary>The document's date as it counts now; null when none or unreadable.</summary>
    public DateOnly? Date => this[DocumentFields.Date].Value is { } d && DateOnly.TryParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    /// <summary>Combines the extraction JSON (the extract contract, docs/extract-output.md) with the stored decisions.</summary>
    public static ReviewedDocument Build(string? extractionJson, IReadOnlyList<DocumentFieldReview> reviews)
    {
        ArgumentNullException.ThrowIfNull(reviews);
        var extracted = Extracted(extractionJson);
        var fields = DocumentFields.All.Select(field =>
        {
            var latest = reviews.Where(r => r.Field == field).MaxBy(r => r.Id);
            var found = extracted.GetValueOrDefault(field);
            return latest is null
                ? new ReviewedField(field, found, found, ReviewState.Auto, null, null)
                : new ReviewedField(field, found, latest.Value, latest.State, latest.UserName, latest.AtUtc);
        }).ToList();
        return new ReviewedDocument(fields, reviews.OrderByDescending(r => r.Id).ToList()) { Citations = Cited(extractionJson) };
    }

    private static List<CitedDocument> Cited(string? json) =>
        !ExtractJsonReader.TryRead(json, out var extraction) ? [] : extraction.Citations
            .GroupBy(c => c.Number is { } number ? (c.Type.ToUpperInvariant(), number, null, null) : (c.Type.ToUpperInvariant(), "", c.Date, c.Issuer))
            .Select(g => new CitedDocument(g.First().Type, g.First().Number, g.Select(c => c.Date).FirstOrDefault(d => d is not null), g.Select(c => c.Issuer).FirstOrDefault(i => i is not null), g.First().Span, g.Count()))
            .ToList();

    // The contract's fields (Core/Contract/ExtractJsonReader); an unreadable or partial JSON has none: the reviewer can still set them.
    private static Dictionary<string, string?> Extracted(string? json)
    {
        var found = new Dictionary<string, string?>(StringComparer.Ordinal);
        if (ExtractJsonReader.TryRead(json, out var extraction))
        {
            var d = extraction.Document;
            found[DocumentFields.Number] = d.Number;
            found[DocumentFields.Date] = d.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            found[DocumentFields.Issuer] = d.Issuer;
            found[DocumentFields.Title] = d.Title;
            found[DocumentFields.Signer] = d.Signer?.Name;
            found[DocumentFields.Period] = extraction.Request?.Period?.Label;
        }

        return found;
    }
}

/// <summary>A document the report cites (<see cref="TongHop.Core.Documents.Citation"/>), with its first mention and how many there are.</summary>
public sealed record CitedDocument(string Type, string? Number, DateOnly? Date, string? Issuer, TongHop.Core.TextSpan FirstMention, int Mentions)
{
    /// <summary>"Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị", as a person writes it.</summary>
    public string Display =>
        string.Join(' ', new[] { Type.Length == 0 ? "Văn bản" : Type, Number is null ? null : "số " + Number, Date is { } d ? "ngày " + d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) : null, Issuer is null ? null : "của " + Issuer }.Where(p => p is not null));
}
