namespace TongHop.Search.Analysis;

/// <summary>The fields of one indexed report. One Lucene document per stored submission (each version).</summary>
public static class SearchFields
{
    /// <summary>Submission id, stored and indexed as a keyword: the document's identity for updates.</summary>
    public const string Id = "id";

    /// <summary>"id:processed ticks": tells the indexer that this version of the extraction is already in.</summary>
    public const string Revision = "rev";

    /// <summary>Repaired text, case- and diacritic-folded ("Đảng ủy" → "dang uy"); also holds the stored text.</summary>
    public const string Folded = "folded";

    /// <summary>Repaired text lower-cased with its diacritics ("đảng ủy"), so an exact query ranks first.</summary>
    public const string Exact = "exact";

    public const string UnitId = "unit";
    public const string UnitCode = "unit_code";
    public const string UnitName = "unit_name";
    public const string RequestId = "request";
    public const string RequestTitle = "request_title";

    /// <summary>The request's period label ("9 tháng đầu năm 2025"), analysed like <see cref="Folded"/>.</summary>
    public const string Period = "period";

    /// <summary>Document type folded and lower-cased as one keyword ("bao cao"); <see cref="TypeLabel"/> keeps it as written.</summary>
    public const string Type = "type";
    public const string TypeLabel = "type_label";
    public const string Number = "number";
    public const string Date = "date";

    /// <summary>Keys of the cited documents (<see cref="TongHop.Text.Documents.DocumentNumber.Key"/>), one keyword each.</summary>
    public const string Citation = "cite";
    public const string Version = "version";
    public const string Processed = "processed";
}
