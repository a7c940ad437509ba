using TongHop.Checks.Citations;
using TongHop.Checks.Indicators;
using TongHop.Checks.Outline;
using TongHop.Core.Extraction;
using TongHop.Storage.Entities;

namespace TongHop.Application.Labels;

/// <summary>
/// The one place where the codes that the stages, the contract and the database use get their Vietnamese words for
/// people: finding codes and severities, qualifiers, processing and review states, metadata fields. Pages, exports
/// and messages show these labels, never the codes (the API keeps the codes, for programs). A new code gets its
/// label here; the browser crawl test (tests/TongHop.Web.BrowserTests) fails on a code that reaches a page.
/// </summary>
public static class VietnameseLabels
{
    public static string Finding(string code) => code switch
    {
        OutlineMissingCheck.Code => "Thiếu mục theo đề cương",
        RatioMismatchCheck.Code => "Tỷ lệ không khớp với tử số / mẫu số",
        PartsSumMismatchCheck.Code => "Tổng các phần không khớp",
        NumeratorOverDenominatorCheck.Code => "Tử số lớn hơn mẫu số",
        PercentOver100Check.Code => "Tỷ lệ vượt 100%",
        DateAfterDocumentCheck.Code => "Ngày viện dẫn sau ngày văn bản",
        CitationDateConflictCheck.Code => "Ngày văn bản viện dẫn không khớp",
        Checks.Metadata.UnreadMetadataCheck.Code => "Chưa đọc được thông tin văn bản",
        "table-row-unread" => "Chưa đọc được số liệu của dòng bảng",
        "parts-unclear" => "Chưa rõ các phần cộng thành tổng",
        Intake.IntakeChecks.OtherUnit => "Cơ quan ban hành không phải đơn vị này",
        Intake.IntakeChecks.OtherPeriod => "Kỳ báo cáo khác kỳ được yêu cầu",
        Intake.IntakeChecks.Duplicate => "Tệp đã được gửi trước đây",
        Intake.IntakeChecks.UnreadableAnnex => "Không đọc được phụ lục",
        _ => "Cảnh báo khác",
    };

    /// <summary>The severity as the contract writes it (<c>info</c>, <c>warning</c>, <c>error</c>) or as the enum names it.</summary>
    public static string Severity(string severity) => severity.ToLowerInvariant() switch
    {
        "error" => "Lỗi",
        "warning" => "Cảnh báo",
        _ => "Lưu ý",
    };

    public static string Severity(FindingSeverity severity) => Severity(severity.ToString());

    /// <summary>The word written before a qualified number: "trên 22.500", "khoảng 600"; empty for an exact number.</summary>
    public static string Qualifier(Qualifier qualifier) => qualifier switch
    {
        Core.Extraction.Qualifier.GreaterThan => "trên",
        Core.Extraction.Qualifier.LessThan => "dưới",
        Core.Extraction.Qualifier.Approximately => "khoảng",
        _ => "",
    };

    public static string Processing(ProcessingState state) => state switch
    {
        ProcessingState.Queued => "Đang chờ xử lý",
        ProcessingState.Processing => "Đang đọc số liệu",
        ProcessingState.Done => "Đã xử lý",
        _ => "Lỗi",
    };

    public static string Review(ReviewState state) => state switch
    {
        ReviewState.Confirmed => "Đã xác nhận",
        ReviewState.Corrected => "Đã sửa",
        ReviewState.Rejected => "Đã loại",
        _ => "Tự động",
    };

    public static string ValueKind(ValueKind kind) => kind == Core.Extraction.ValueKind.Target ? "mục tiêu" : "thực hiện";
}
