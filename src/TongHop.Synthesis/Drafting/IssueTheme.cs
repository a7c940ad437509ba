using TongHop.Text.Normalization;

namespace TongHop.Synthesis.Drafting;

/// <summary>
/// A theme the units' difficulties and proposals are grouped under, recognised by its cue words (lower
/// case). A sentence goes to the theme with most cues present; ties go to the earlier theme.
/// </summary>
public sealed record IssueTheme(string Title, IReadOnlyList<string> Cues)
{
    /// <summary>The themes of Vietnamese digital-transformation reports, most frequent first.</summary>
    public static IReadOnlyList<IssueTheme> All { get; } =
    [
        new("Về kinh phí", ["kinh phí", "ngân sách", "nguồn vốn", "nguồn lực tài chính", "chi phí", "dự toán", "đầu tư"]),
        new("Về nhân lực", ["nhân lực", "cán bộ", "công chức", "chuyên trách", "biên chế", "chuyên môn", "tập huấn", "bồi dưỡng", "đào tạo"]),
        new("Về hạ tầng, trang thiết bị", ["hạ tầng", "thiết bị", "máy tính", "đường truyền", "vùng lõm", "sóng", "mạng internet", "xuống cấp"]),
        new("Về nhận thức, kỹ năng số của người dân", ["nhận thức", "người dân", "thói quen", "kỹ năng số", "người cao tuổi", "tâm lý"]),
        new("Về phối hợp, kết nối dữ liệu", ["phối hợp", "liên thông", "đồng bộ", "kết nối", "chia sẻ dữ liệu", "phần mềm", "nền tảng", "cơ sở dữ liệu"]),
        new("Về cơ chế, chính sách, hướng dẫn", ["cơ chế", "chính sách", "hướng dẫn", "quy định", "văn bản"]),
    ];

    public static IssueTheme Other { get; } = new("Các vấn đề khác", []);

    public static IssueTheme Of(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var lower = sentence.ToLower(VietnameseText.Culture);
        var best = All.Select(t => (Theme: t, Hits: t.Cues.Count(c => lower.Contains(c, StringComparison.Ordinal))))
            .Where(p => p.Hits > 0)
            .OrderByDescending(p => p.Hits)
            .FirstOrDefault();
        return best.Theme ?? Other;
    }
}
