using System.Globalization;
using Lucene.Net.Documents;
using TongHop.Search.Analysis;
using TongHop.Search.Querying;
using TongHop.Text.Normalization;

using TongHop.Text.Documents;

namespace TongHop.Search.Indexing;

/// <summary>A <see cref="SearchDocument"/> as Lucene fields, and back. The text is stored once (in <see cref="SearchFields.Folded"/>).</summary>
internal static class SearchDocumentFields
{
    public static Document ToLucene(SearchDocument document)
    {
        var d = document.Header;
        var text = VietnameseText.Nfc(document.Text);
        var doc = new Document
        {
            new StringField(SearchFields.Id, SearchIndex.Id(d.SubmissionId), Field.Store.YES),
            new StringField(SearchFields.Revision, document.Revision, Field.Store.NO),
            new TextField(SearchFields.Folded, text, Field.Store.YES),
            new TextField(SearchFields.Exact, text, Field.Store.NO),
            new StringField(SearchFields.UnitId, SearchIndex.Id(d.UnitId), Field.Store.YES),
            new StringField(SearchFields.UnitCode, d.UnitCode, Field.Store.YES),
            new StoredField(SearchFields.UnitName, d.UnitName),
            new StringField(SearchFields.RequestId, SearchIndex.Id(d.RequestId), Field.Store.YES),
            new StoredField(SearchFields.RequestTitle, d.RequestTitle),
            new TextField(SearchFields.Period, d.PeriodLabel, Field.Store.YES),
            new StoredField(SearchFields.Version, SearchIndex.Id(d.Version)),
            new StoredField(SearchFields.Processed, document.ProcessedAtUtc.Ticks.ToString(CultureInfo.InvariantCulture)),
        };
        if (d.DocumentType is { Length: > 0 } type)
        {
            doc.Add(new StringField(SearchFields.Type, TypeKey(type), Field.Store.NO));
            doc.Add(new StoredField(SearchFields.TypeLabel, type));
        }

        AddStored(doc, SearchFields.Number, d.DocumentNumber);
        AddStored(doc, SearchFields.Date, d.DocumentDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        foreach (var key in document.CitedNumbers.Select(DocumentNumber.KeyOf).Where(k => k.Length > 0).Distinct(StringComparer.Ordinal))
        {
            doc.Add(new StringField(SearchFields.Citation, key, Field.Store.NO));
        }

        return doc;
    }

    /// <summary>The keyword a document type is indexed and filtered by: "Báo cáo" → "bao cao".</summary>
    public static string TypeKey(string type) => string.Join(' ', VietnameseText.FoldLower(VietnameseText.Nfc(type)).Split(' ', StringSplitOptions.RemoveEmptyEntries));

    private static void AddStored(Document doc, string field, string? value)
    {
        if (value is { Length: > 0 })
        {
            doc.Add(new StoredField(field, value));
        }
    }
}
