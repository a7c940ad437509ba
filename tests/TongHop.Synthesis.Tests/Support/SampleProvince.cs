using TongHop.Core.Extraction;
using TongHop.Core.Indicators;
using TongHop.Synthesis.Aggregation;
using TongHop.Synthesis.Drafting;
using TongHop.Synthesis.Reporting;

namespace TongHop.Synthesis.Tests.Support;

/// <summary>
/// A small province written for these tests: four units that reported (one late), one missing, values of
/// several kinds and review states (one below the confidence threshold), difficulties, proposals and a
/// finding, next quarter's tasks of two units. Tests compute what they expect from <see cref="Input"/>, never from the draft.
/// </summary>
public static class SampleProvince
{
    public static SynthesisOptions Options { get; } = new("Quảng Ngãi") { SignerName = "Trương Văn Quý" };

    public static IReadOnlyList<SynthesisIndicator> Indicators { get; } =
    [
        new("computers", "ha_tang", "Số máy tính phục vụ công tác", MeasureUnit.Count, AggregateMethod.Sum),
        new("bts_stations", "ha_tang", "Số trạm phát sóng di động (BTS)", MeasureUnit.Count, AggregateMethod.Sum),
        new("online_dossier_rate", "chinh_quyen_so", "Tỷ lệ hồ sơ thủ tục hành chính thực hiện trực tuyến", MeasureUnit.Percent, AggregateMethod.RatioOfSums, Chart: true),
        new("edocs_signed_rate", "chinh_quyen_so", "Tỷ lệ văn bản điện tử được ký số", MeasureUnit.Percent, AggregateMethod.Mean),
        new("budget_spent", "kinh_phi", "Kinh phí bố trí, thực hiện trong kỳ", MeasureUnit.Vnd, AggregateMethod.Sum),
    ];

    /// <summary>The groups in report order (kinh_phi after chinh_quyen_so, as in the shipped catalog; a test's own list).</summary>
    public static IReadOnlyList<IndicatorGroup> Groups { get; } =
        [new("ha_tang", "Hạ tầng số"), new("chinh_quyen_so", "Chính quyền số"), new("kinh_phi", "Kinh phí")];

    public static SynthesisInput Input { get; } = new(
        new SynthesisRequest("Báo cáo kết quả chuyển đổi số 9 tháng đầu năm 2025", "9 tháng đầu năm 2025", "1575/SKHCN-QLCN", new DateOnly(2025, 9, 10), new DateTime(2025, 9, 25, 16, 0, 0)),
        Indicators,
        [
            Unit(1, "Xã An Phú", ReportingState.OnTime, 20, 45, 12, (496, 757), 99.5m, 120_000_000,
                "Kinh phí bố trí cho chuyển đổi số còn hạn chế, chưa đáp ứng nhu cầu đầu tư trang thiết bị. Đội ngũ cán bộ chuyên trách còn thiếu, chủ yếu kiêm nhiệm.",
                "Đề nghị tỉnh bố trí kinh phí hỗ trợ mua sắm máy tính cho bộ phận một cửa.",
                "Xã đã triển khai mô hình “Chợ 4.0” thanh toán không dùng tiền mặt tại chợ trung tâm.") with
            {
                Plans = ["- Hoàn thành việc cấp chữ ký số cá nhân cho toàn bộ cán bộ, công chức xã.\n- Mở rộng thanh toán không dùng tiền mặt tại các chợ thôn."],
            },
            Unit(2, "Xã Bình Hòa", ReportingState.OnTime, 21, 38, 7, (310, 520), 97.25m, 95_500_000,
                "Ngân sách xã hạn hẹp nên chưa bố trí đủ kinh phí cho các nhiệm vụ chuyển đổi số. Nhận thức của một bộ phận người dân về dịch vụ công trực tuyến còn hạn chế.",
                "Đề nghị Sở Khoa học và Công nghệ tổ chức tập huấn kỹ năng số cho cán bộ, công chức cấp xã.",
                "") with { Plans = ["Cấp chữ ký số cá nhân cho toàn bộ cán bộ, công chức của xã trong quý IV."] },
            Unit(3, "Phường Trần Phú", ReportingState.Late, 27, 120, 25, (1210, 1400), 100m, 410_000_000,
                "Hạ tầng mạng nội bộ đã xuống cấp, đường truyền Internet thường xuyên gián đoạn.",
                "Đề nghị tỉnh bố trí kinh phí nâng cấp hạ tầng mạng nội bộ của phường.",
                ""),
            Unit(4, "Sở Y tế", ReportingState.OnTime, 19, 210, null, null, 98m, 780_000_000,
                "Các phần mềm chuyên ngành chưa được kết nối, liên thông với nền tảng chia sẻ dữ liệu của tỉnh.",
                "Đề nghị Bộ Y tế sớm ban hành hướng dẫn kết nối dữ liệu giữa các phần mềm chuyên ngành.",
                "") with { Findings = ["Tỷ lệ 99% không khớp với 180/210 nêu trong cùng câu."] },
            new SynthesisUnit(5, "XA-CAT-TIEN", "Xã Cát Tiên", ReportingState.Missing, null, null, [], [], [], [], []),
        ],
        new DateOnly(2025, 9, 30),
        Groups);

    /// <summary>The value of Sở Y tế held back: not reviewed and below the confidence threshold.</summary>
    public static SynthesisValue HeldBack => Input.Units[3].Values.Single(v => v.Confidence < Options.MinConfidence);

    private static SynthesisUnit Unit(
        int id, string name, ReportingState state, int day, decimal computers, decimal? bts, (decimal Num, decimal Den)? dossiers, decimal signed, decimal budget,
        string difficulties, string proposals, string results)
    {
        var values = new List<SynthesisValue>
        {
            new("computers", ValueKind.Actual, computers, null, null, Reviewed: true, 0.9, $"Cơ quan hiện có {computers} máy tính phục vụ công tác."),
            new("edocs_signed_rate", ValueKind.Actual, signed, null, null, Reviewed: false, 0.8, $"{signed}% văn bản điện tử được ký số."),
            new("budget_spent", ValueKind.Actual, budget, null, null, Reviewed: false, 0.7, $"Kinh phí thực hiện chuyển đổi số là {budget} đồng."),
            // A weaker reading of the same figure, which the stronger one must win over.
            new("computers", ValueKind.Actual, computers + 1000, null, null, Reviewed: false, 0.6, "Máy tính: khoảng một nghìn."),
        };
        if (bts is { } b)
        {
            values.Add(new("bts_stations", ValueKind.Actual, b, null, null, Reviewed: false, 0.75, $"Toàn địa bàn có {b} trạm BTS."));
        }
        else
        {
            values.Add(new("bts_stations", ValueKind.Actual, 999, null, null, Reviewed: false, 0.3, "Có 999 trạm phát sóng."));
        }

        if (dossiers is { } d)
        {
            values.Add(new("online_dossier_rate", ValueKind.Actual, Math.Round(d.Num * 100 / d.Den, 1), d.Num, d.Den, Reviewed: true, 0.9, $"Có {d.Num}/{d.Den} hồ sơ trực tuyến."));
            values.Add(new("online_dossier_rate", ValueKind.Target, 90, null, null, Reviewed: false, 0.8, "Phấn đấu tỷ lệ hồ sơ trực tuyến đạt 90%."));
        }

        var received = new DateTime(2025, 9, day, 9, 30, 0);
        return new SynthesisUnit(
            id, "U" + id, name, state, received, new SourceDocument($"{100 + id}/BC-UBND", DateOnly.FromDateTime(received), $"bao-cao-{id}.docx"),
            values, results.Length == 0 ? [] : [results], [difficulties], [proposals], []);
    }
}
