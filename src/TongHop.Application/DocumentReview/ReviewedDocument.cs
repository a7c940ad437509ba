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
        return new ReviewedDocument(fields, reviews.OrderByDescending(r => r.Id).ToList());
    }

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
