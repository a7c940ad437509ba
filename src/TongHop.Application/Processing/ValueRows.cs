using TongHop.Core.Contract;
using TongHop.Core.Extraction;
using TongHop.Storage;
using TongHop.Storage.Entities;

namespace TongHop.Application.Processing;

/// <summary>Maps the extraction contract types onto stored rows.</summary>
public static class ValueRows
{
    /// <summary>Stores an extraction on its submission: the contract JSON, the restored text, value and finding rows.</summary>
    public static void Add(TongHopDbContext db, Submission submission, ExtractionResult result) => Add(db, submission, null, result, main: true);

    /// <summary>
    /// Stores the extraction of one file of a submission: on the file (JSON, restored text), on the submission too when
    /// it is the main report, and its value and finding rows, each marked with the file they came from.
    /// </summary>
    public static void Add(TongHopDbContext db, Submission submission, SubmissionFile? file, ExtractionResult result, bool main)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(submission);
        ArgumentNullException.ThrowIfNull(result);
        var json = ExtractJsonWriter.ToJson(result);
        if (main)
        {
            submission.ExtractionJson = json;
            submission.RestoredText = result.Restored;
        }

        if (file is not null)
        {
            file.ExtractionJson = json;
            file.RestoredText = result.Restored;
        }

        db.Values.AddRange(result.Indicators.Select(v => With(From(submission, v), file)));
        db.Findings.AddRange(result.Findings.Select(f => With(From(submission, f), file)));
    }

    private static ReportedValue With(ReportedValue row, SubmissionFile? file)
    {
        row.SubmissionFileId = file?.Id;
        return row;
    }

    private static FindingRecord With(FindingRecord row, SubmissionFile? file)
    {
        row.SubmissionFileId = file?.Id;
        return row;
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
