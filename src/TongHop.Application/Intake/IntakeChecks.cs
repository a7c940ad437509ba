using System.Globalization;
using TongHop.Core.Extraction;
using TongHop.Extraction.Requests;
using TongHop.Storage.Entities;
using TongHop.Text.Places;

namespace TongHop.Application.Intake;

/// <summary>
/// The checks made on what a unit sent, once its files are read: the issuer in the header is not this unit, the
/// period in the title is not the request's, the same file (SHA-256) was already sent. Each is a warning finding
/// (Vietnamese) on the file it is about, shown at upload and on the review page; nothing is refused for them,
/// since the reader may be wrong and the specialist decides.
/// </summary>
public static class IntakeChecks
{
    public const string OtherUnit = "intake-other-unit";
    public const string OtherPeriod = "intake-other-period";
    public const string Duplicate = "intake-duplicate";
    public const string UnreadableAnnex = "intake-annex-unreadable";

    /// <summary>The codes of these checks, so pages can show them apart from the reading's own findings.</summary>
    public static readonly IReadOnlySet<string> Codes = new HashSet<string>(StringComparer.Ordinal) { OtherUnit, OtherPeriod, Duplicate, UnreadableAnnex };

    /// <summary>The findings about one read file of a submission. Issuer and period are checked on the main report only:
    /// an annex rarely has a header or names the period, and its first line ("Phụ lục") is no issuer.</summary>
    public static IEnumerable<FindingRecord> Of(Submission submission, SubmissionFile file, OrgUnit unit, ReportRequest request, ExtractionResult result)
    {
        ArgumentNullException.ThrowIfNull(submission);
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(result);
        if (file.Role == SubmissionFileRole.Main && result.Document.Issuer is { Length: > 0 } issuer && !IssuerMatch.IsSameUnit(issuer, unit.Name))
        {
            yield return Finding(submission, file, OtherUnit,
                $"Cơ quan ban hành ghi trên «{file.FileName}» là «{issuer}», không phải đơn vị gửi «{unit.Name}». Có thể gửi nhầm báo cáo của đơn vị khác.");
        }

        if (file.Role == SubmissionFileRole.Main && PeriodOf(result) is { From: { } from, To: { } to } period
            && request.PeriodFrom is { } wantFrom && request.PeriodTo is { } wantTo && (from != wantFrom || to != wantTo))
        {
            yield return Finding(submission, file, OtherPeriod,
                $"Báo cáo ghi kỳ «{period.Label}» ({Day(from)}–{Day(to)}), không phải kỳ của yêu cầu «{request.PeriodLabel}» ({Day(wantFrom)}–{Day(wantTo)}).");
        }
    }

    /// <summary>A file whose bytes were already sent for the same request (by this unit or another), or twice in this submission.</summary>
    public static FindingRecord DuplicateOf(Submission submission, SubmissionFile file, string where)
    {
        ArgumentNullException.ThrowIfNull(file);
        return Finding(submission, file, Duplicate, $"Tệp «{file.FileName}» giống hệt (cùng mã SHA-256) tệp đã gửi trước đây: {where}.");
    }

    public static FindingRecord Unreadable(Submission submission, SubmissionFile file, string error)
    {
        ArgumentNullException.ThrowIfNull(file);
        return Finding(submission, file, UnreadableAnnex, $"Không đọc được phụ lục «{file.FileName}»: {error}");
    }

    /// <summary>The period a report names in its title (a full year counts: "năm 2025"), else in its first lines.</summary>
    private static Core.Documents.ReportPeriod? PeriodOf(ExtractionResult result) =>
        (result.Document.Title is { Length: > 0 } title ? ReportPeriodReader.Read(title, allowYear: true) : null)
        ?? ReportPeriodReader.Read(string.Join('\n', result.Restored.Split('\n').Take(12)), allowYear: false);

    private static string Day(DateOnly day) => day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    private static FindingRecord Finding(Submission submission, SubmissionFile file, string code, string message) => new()
    {
        SubmissionId = submission.Id,
        SubmissionFileId = file.Id,
        Code = code,
        Severity = "warning",
        Message = message,
    };
}
