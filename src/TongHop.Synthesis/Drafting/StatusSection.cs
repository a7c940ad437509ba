using TongHop.Synthesis.Reporting;
using TongHop.Text.Dates;
using TongHop.Text.Numbers;

namespace TongHop.Synthesis.Drafting;

/// <summary>Section I: N of M units reported; on time, late (named, with the day received), missing (named).</summary>
internal static class StatusSection
{
    public static IEnumerable<DraftBlock> Write(SynthesisInput input)
    {
        var units = input.Units;
        var rates = ReportingRates.From(units.Select(u => u.State));
        yield return new DraftHeading("I. TÌNH HÌNH BÁO CÁO CỦA CÁC ĐƠN VỊ", 1);
        yield return new DraftParagraph(
            $"Tổng số cơ quan, đơn vị, địa phương được đề nghị báo cáo: {rates.Expected}; đã gửi báo cáo: {rates.Received}/{rates.Expected} đơn vị " +
            $"(đạt {VietnameseNumber.ToVietnamesePercent(rates.ReportingRate)}), trong đó đúng hạn {rates.OnTime} đơn vị, trễ hạn {rates.Late} đơn vị; " +
            $"chưa gửi báo cáo: {rates.Missing + rates.NotYetDue} đơn vị. Thời hạn gửi báo cáo: {VietnameseDates.FormatTime(input.Request.DeadlineLocal)} ngày {VietnameseDates.Format(DateOnly.FromDateTime(input.Request.DeadlineLocal))}.");
        if (Acceptance.OfReports(input) is { } accepted)
        {
            yield return new DraftParagraph(accepted);
        }

        var late = units.Where(u => u.State == ReportingState.Late).ToList();
        if (late.Count > 0)
        {
            yield return new DraftParagraph("- Đơn vị gửi báo cáo trễ hạn: " + string.Join("; ", late.Select(u => $"{u.Name} (nhận ngày {VietnameseDates.Format(DateOnly.FromDateTime(u.ReceivedLocal!.Value))})")) + ".");
        }

        var missing = units.Where(u => u.State is ReportingState.Missing or ReportingState.NotYetDue).Select(u => u.Name).ToList();
        if (missing.Count > 0)
        {
            yield return new DraftParagraph("- Đơn vị chưa gửi báo cáo: " + string.Join("; ", missing) + ".");
        }
    }
}
