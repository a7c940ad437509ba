using System.Text;
using TongHop.Storage.Entities;
using TongHop.Text.Dates;

namespace TongHop.Application.Reminders;

/// <summary>The Vietnamese text of a reminder: the request, the deadline, why the unit is written to, and the upload link.</summary>
public static class ReminderMessage
{
    public static string Subject(ReportRequest request, string reason)
    {
        ArgumentNullException.ThrowIfNull(request);
        var what = reason == ReminderReasons.Missing ? "Đề nghị gửi lại báo cáo đã chỉnh sửa" : "Nhắc gửi báo cáo";
        return $"{what}: {request.Title} (hạn {VietnameseDates.FormatDateTime(request.Deadline.Local)})";
    }

    /// <param name="returnComment">The reviewer's comments when the report was returned for correction.</param>
    public static string Body(ReportRequest request, OrgUnit unit, string reason, string uploadUrl, string? returnComment)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(unit);
        var deadline = $"{VietnameseDates.FormatTime(request.Deadline.Local)} ngày {VietnameseDates.Format(request.Deadline.LocalDay)}";
        var text = new StringBuilder();
        text.Append("Kính gửi ").Append(string.IsNullOrWhiteSpace(unit.ContactName) ? unit.Name : $"{unit.ContactName} ({unit.Name})").AppendLine(",");
        text.AppendLine();
        text.Append("Sở Khoa học và Công nghệ đề nghị ").Append(unit.Name).Append(" gửi báo cáo \"").Append(request.Title).Append("\" (kỳ báo cáo: ")
            .Append(request.PeriodLabel).Append(request.DispatchNumber is { Length: > 0 } number ? $"; theo Công văn số {number}" : "").AppendLine(").");
        text.AppendLine(reason switch
        {
            ReminderReasons.BeforeDeadline => $"Hạn gửi báo cáo là {deadline}; đến nay hệ thống chưa nhận được báo cáo của đơn vị.",
            ReminderReasons.DueToday => $"Hôm nay là hạn gửi báo cáo ({deadline}); hệ thống chưa nhận được báo cáo của đơn vị.",
            ReminderReasons.Late => $"Đã quá hạn gửi báo cáo ({deadline}) mà hệ thống chưa nhận được báo cáo của đơn vị. Đề nghị đơn vị gửi ngay.",
            _ => $"Báo cáo của đơn vị đã được trả lại để chỉnh sửa và chưa được gửi lại (hạn: {deadline}).",
        });
        if (reason == ReminderReasons.Missing && !string.IsNullOrWhiteSpace(returnComment))
        {
            text.AppendLine().AppendLine("Nội dung cần chỉnh sửa:").AppendLine(returnComment.Trim());
        }

        text.AppendLine().Append("Gửi báo cáo tại: ").AppendLine(uploadUrl);
        text.AppendLine().AppendLine("Thư này được gửi tự động từ hệ thống tổng hợp báo cáo TongHop. Nếu đơn vị đã gửi báo cáo, xin bỏ qua thư này.");
        return text.ToString();
    }
}
