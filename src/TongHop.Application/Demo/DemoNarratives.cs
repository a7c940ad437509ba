namespace TongHop.Application.Demo;

/// <summary>
/// The words of the demo reports that are not figures: difficulties, proposals, next quarter's tasks and an initiative, picked
/// per unit from the seed, written as Vietnamese unit reports write them. They hold no digits, so the
/// extractors read no indicator values from them.
/// </summary>
internal static class DemoNarratives
{
    private static readonly string[] Difficulties =
    [
        "Kinh phí bố trí cho chuyển đổi số còn hạn chế, chưa đáp ứng nhu cầu đầu tư trang thiết bị.",
        "Đội ngũ cán bộ phụ trách chuyển đổi số chủ yếu kiêm nhiệm, thiếu cán bộ có chuyên môn về công nghệ thông tin.",
        "Một số thôn vùng sâu, vùng xa còn vùng lõm sóng di động, đường truyền Internet chưa ổn định.",
        "Nhận thức và kỹ năng số của một bộ phận người dân, nhất là người cao tuổi, còn hạn chế; thói quen giao dịch trực tiếp còn phổ biến.",
        "Các phần mềm chuyên ngành chưa được kết nối, liên thông đồng bộ, cán bộ phải nhập liệu nhiều lần.",
        "Máy tính, thiết bị tại bộ phận một cửa đã cũ, xuống cấp, thường xuyên hư hỏng.",
        "Ngân sách hạn hẹp nên chưa bố trí được kinh phí cho Tổ công nghệ số cộng đồng hoạt động.",
        "Chưa có hướng dẫn cụ thể về chế độ hỗ trợ cho thành viên Tổ công nghệ số cộng đồng.",
    ];

    private static readonly string[] Proposals =
    [
        "Đề nghị Sở Khoa học và Công nghệ hỗ trợ tập huấn kỹ năng số cho Tổ công nghệ số cộng đồng.",
        "Đề nghị Ủy ban nhân dân tỉnh bố trí kinh phí hỗ trợ mua sắm máy tính, thiết bị cho bộ phận một cửa.",
        "Đề nghị các doanh nghiệp viễn thông đầu tư thêm trạm phát sóng để xóa vùng lõm sóng.",
        "Đề nghị tỉnh sớm ban hành cơ chế hỗ trợ kinh phí hoạt động cho Tổ công nghệ số cộng đồng.",
        "Đề nghị các sở, ngành hoàn thiện việc kết nối, liên thông dữ liệu giữa các phần mềm chuyên ngành với Cổng dịch vụ công của tỉnh.",
        "Đề nghị tăng cường bồi dưỡng, tập huấn chuyên môn cho cán bộ, công chức phụ trách chuyển đổi số.",
    ];

    // Next quarter's tasks; neighbouring entries say the same thing in other words, as units do.
    private static readonly string[] Plans =
    [
        "Tiếp tục đẩy mạnh tuyên truyền, hướng dẫn người dân sử dụng dịch vụ công trực tuyến toàn trình.",
        "Đẩy mạnh tuyên truyền, hướng dẫn người dân sử dụng dịch vụ công trực tuyến.",
        "Duy trì hoạt động của Tổ công nghệ số cộng đồng, tập trung hướng dẫn người dân cài đặt và sử dụng ứng dụng VNeID.",
        "Duy trì hoạt động của Tổ công nghệ số cộng đồng tại các thôn, tổ dân phố.",
        "Rà soát, số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn tồn đọng.",
        "Tiếp tục rà soát, số hóa hồ sơ, kết quả giải quyết thủ tục hành chính theo quy định.",
        "Phối hợp với doanh nghiệp viễn thông khảo sát, xóa vùng lõm sóng di động trên địa bàn.",
        "Bố trí kinh phí mua sắm, thay thế máy tính đã xuống cấp tại bộ phận một cửa.",
    ];

    private static readonly string[] Initiatives =
    [
        "Đã triển khai mô hình “Chợ số”, hướng dẫn tiểu thương thanh toán không dùng tiền mặt bằng mã QR.",
        "Triển khai thí điểm mô hình “Thôn thông minh” với hệ thống loa truyền thanh ứng dụng công nghệ thông tin.",
        "Tổ công nghệ số cộng đồng có cách làm hay: hướng dẫn người dân nộp hồ sơ trực tuyến ngay tại nhà văn hóa thôn.",
        "Công tác tuyên truyền về chuyển đổi số được đẩy mạnh trên hệ thống truyền thanh và mạng xã hội.",
    ];

    /// <summary>The header fields DIFFICULTIES, PROPOSALS, PLANS (lines starting "- ") and INITIATIVE.</summary>
    public static IEnumerable<KeyValuePair<string, string>> Fields(int seed)
    {
        yield return new("DIFFICULTIES", Lines(Difficulties, seed, 2));
        yield return new("PROPOSALS", Lines(Proposals, seed / 2, 1 + (seed % 2)));
        yield return new("PLANS", Lines(Plans, seed, 2 + (seed % 2)));
        yield return new("INITIATIVE", Initiatives[seed % Initiatives.Length]);
    }

    // `count` different entries starting at the seed's position.
    private static string Lines(string[] pool, int seed, int count) =>
        string.Join("\n", Enumerable.Range(0, count).Select(i => "- " + pool[(seed + (i * 3)) % pool.Length]));
}
