using TongHop.Core.Contract;
using TongHop.Core.Extraction;
using TongHop.Storage;
using TongHop.Storage.Entities;

namespace TongHop.Application.Processing;

/// <summary>Maps the extraction contract types onto stored rows.</summary>
public static class ValueRows
{
    /// <summary>Stores an extraction on its submission: the contract JSON, the restored text, value and finding rows.</summary>
    public static void Add(TongHopDbContext db, Submission submission, ExtractionResult result)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(submission);
        ArgumentNullException.ThrowIfNull(result);
        submission.ExtractionJson = ExtractJsonWriter.ToJson(result);
        submission.RestoredText = result.Restored;
        db.Values.AddRange(result.Indicators.Select(v => From(submission, v)));
        db.Findings.AddRange(result.Findings.Select(f => From(submission, f)));
    }

    public static ReportedValue From(Submission submission, IndicatorValue v)
    {
        ArgumentNullException.ThrowIfNull(submission);
        ArgumentNullException.ThrowIfNull(v);
        return new ReportedValue
        {
            SubmissionId = submission.Id,
            RequestId = submission.RequestId,
            UnitId = submission.UnitId,
            IndicatorKey = v.Key,
            Kind = v.Kind,
            Value = v.Value,
            MeasureUnit = v.Unit,
            Numerator = v.Numerator,
            Denominator = v.Denominator,
            Qualifier = v.Qualifier,
            Period = v.Period,
            Evidence = v.Evidence,
            SpanStart = v.Span.Start,
            SpanEnd = v.Span.End,
            Confidence = v.Confidence,
        };
    }

    public static FindingRecord From(Submission submission, Finding f)
    {
        ArgumentNullException.ThrowIfNull(submission);
        ArgumentNullException.ThrowIfNull(f);
        return new FindingRecord
        {
            SubmissionId = submission.Id,
            Code = f.Code,
            Severity = ContractNames.Of(f.Severity),
            Message = f.Message,
            SpanStart = f.Span?.Start,
            SpanEnd = f.Span?.End,
            About = f.About,
        };
    }
}
