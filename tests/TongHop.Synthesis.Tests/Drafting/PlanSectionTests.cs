using TongHop.Synthesis.Drafting;
using TongHop.Synthesis.Reporting;
using TongHop.Synthesis.Tests.Support;

namespace TongHop.Synthesis.Tests.Drafting;

/// <summary>
/// Section V, next period's tasks, drafted from the units' own plan sections (written here for the test, in other words
/// than any report of the development set): near-duplicates grouped with the number of units, nothing invented.
/// </summary>
public sealed class PlanSectionTests
{
    private static readonly SynthesisUnit[] Units =
    [
        Unit(1, "Xã Hòa Lạc", """
            Trong quý tới, Ủy ban nhân dân xã tập trung vào các nhiệm vụ sau:
            1. Về chính quyền số
            - Tiếp tục số hóa hồ sơ, kết quả giải quyết thủ tục hành chính tại bộ phận một cửa.
            - Phấn đấu tỷ lệ hồ sơ nộp trực tuyến đạt 70% trở lên.
            2. Về xã hội số
            - Tổ chức lớp bồi dưỡng kỹ năng số cho thành viên Tổ công nghệ số cộng đồng.
            """),
        Unit(2, "Phường Đông Sơn", """
            - Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính tại bộ phận một cửa của phường.
            - Phấn đấu tỷ lệ hồ sơ nộp trực tuyến đạt 85% trở lên.
            """),
        Unit(3, "Xã Tân Hiệp", """
            a) Tiếp tục số hóa hồ sơ, kết quả giải quyết thủ tục hành chính tại bộ phận một cửa xã.
            b) Lắp đặt hệ thống camera giám sát an ninh tại các ngã ba, ngã tư trung tâm xã.
            """),
        Unit(4, "Sở Công Thương", "Phấn đấu tỷ lệ hồ sơ nộp trực tuyến đạt 85% trở lên; hoàn thành cấp chữ ký số cho lãnh đạo các phòng."),
        Unit(5, "Xã Phước Long", ""),
    ];

    private static readonly List<DraftBlock> Blocks = PlanSection.Write(Units).ToList();

    private static List<string> Bullets => Blocks.OfType<DraftParagraph>().Select(p => p.Text).Where(t => t.StartsWith("- ", StringComparison.Ordinal)).ToList();

    [Fact]
    public void Write_NearDuplicateTasks_AreOneBulletWithTheNumberOfUnits()
    {
        var digitisation = Assert.Single(Bullets, b => b.Contains("số hóa hồ sơ", StringComparison.Ordinal));
        Assert.EndsWith("(3 đơn vị).", digitisation, StringComparison.Ordinal);
        // The most frequent task comes first.
        Assert.Same(digitisation, Bullets[0]);
    }

    [Fact]
    public void Write_SameTaskWithOtherFigures_SaysWhoseFiguresTheBulletShows()
    {
        var target = Assert.Single(Bullets, b => b.Contains("hồ sơ nộp trực tuyến", StringComparison.Ordinal));
        Assert.Contains("(3 đơn vị, mỗi đơn vị nêu mức riêng; số liệu trong câu là của ", target, StringComparison.Ordinal);
        var unit = Units.Single(u => target.Contains("là của " + u.Name + ")", StringComparison.Ordinal));
        Assert.Contains(target[2..target.IndexOf(" (", StringComparison.Ordinal)], unit.Plans[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Write_TaskOfOneUnit_NamesTheUnit()
    {
        Assert.Contains("- Lắp đặt hệ thống camera giám sát an ninh tại các ngã ba, ngã tư trung tâm xã (Xã Tân Hiệp).", Bullets);
        Assert.Contains("- Tổ chức lớp bồi dưỡng kỹ năng số cho thành viên Tổ công nghệ số cộng đồng (Xã Hòa Lạc).", Bullets);
        // A clause after "; " is a task of its own, capitalised as a bullet.
        Assert.Contains("- Hoàn thành cấp chữ ký số cho lãnh đạo các phòng (Sở Công Thương).", Bullets);
    }

    [Fact]
    public void Write_EveryBullet_IsAUnitsOwnSentence_WithoutSubHeadingsOrListIntroductions()
    {
        Assert.Equal(5, Bullets.Count);
        foreach (var bullet in Bullets)
        {
            // As written, but for the capital a clause after "; " gets as a bullet.
            var task = bullet[2..bullet.LastIndexOf(" (", StringComparison.Ordinal)];
            Assert.Contains(Units, u => u.Plans.Any(p => p.Contains(task[1..], StringComparison.Ordinal)));
        }

        Assert.DoesNotContain(Bullets, b => b.Contains("Về chính quyền số", StringComparison.Ordinal) || b.Contains("nhiệm vụ sau", StringComparison.Ordinal));
    }

    [Fact]
    public void Write_Section_IsMarkedAsADraftForTheSpecialist()
    {
        Assert.Equal(new DraftHeading(PlanSection.Heading, 1), Blocks[0]);
        var note = Assert.IsType<DraftParagraph>(Blocks[1]);
        Assert.True(note.Note);
        Assert.Contains("Dự thảo", note.Text, StringComparison.Ordinal);
        Assert.Contains("4/5 đơn vị", note.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_NoUnitWroteAPlan_SaysSoInOneSentence()
    {
        var blocks = PlanSection.Write([Unit(1, "Xã Hòa Lạc", ""), Unit(2, "Phường Đông Sơn", "Kế hoạch:")]).ToList();
        Assert.Equal(2, blocks.Count);
        Assert.Equal(PlanSection.NoPlans, Assert.IsType<DraftParagraph>(blocks[1]).Text);
    }

    [Fact]
    public void Write_ManyTasksOfOneUnitEach_KeepsTheFirstAndCountsTheRest()
    {
        Assert.Equal(PlanSection.MaxBullets + 3, Tasks.Length);
        var units = Tasks.Select((task, i) => Unit(i + 1, $"Đơn vị thứ {i + 1}", task)).ToList();
        var bullets = PlanSection.Write(units).OfType<DraftParagraph>().Select(p => p.Text).Where(t => t.StartsWith("- ", StringComparison.Ordinal)).ToList();
        Assert.Equal(PlanSection.MaxBullets + 1, bullets.Count);
        Assert.StartsWith("- Ngoài ra, 3 đơn vị nêu thêm 3 nhiệm vụ khác", bullets[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Drafter_PlanSection_StandsBetweenDifficultiesAndProposals()
    {
        var headings = SynthesisDrafter.Draft(SampleProvince.Input, SampleProvince.Options).Body.OfType<DraftHeading>().Where(h => h.Level == 1).Select(h => h.Text).ToList();
        var plan = headings.IndexOf(PlanSection.Heading);
        Assert.StartsWith("IV. ", headings[plan - 1], StringComparison.Ordinal);
        Assert.StartsWith("VI. ĐỀ XUẤT", headings[plan + 1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("IV. PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ IV NĂM 2025", true)]
    [InlineData("Nhiệm vụ trọng tâm 3 tháng cuối năm", true)]
    [InlineData("III. Kế hoạch thực hiện năm 2026", true)]
    [InlineData("Nhiệm vụ, giải pháp thời gian tới", true)]
    [InlineData("II. KẾT QUẢ THỰC HIỆN NHIỆM VỤ", false)]
    [InlineData("Tình hình triển khai kế hoạch năm 2025", false)]
    [InlineData("V. ĐỀ XUẤT, KIẾN NGHỊ", false)]
    [InlineData("1. Công tác lãnh đạo, chỉ đạo", false)]
    public void IsPlanTitle_TellsPlansFromResults(string title, bool plan) => Assert.Equal(plan, ReportSections.IsPlanTitle(title));

    [Fact]
    public void TaskGroups_Similarity_IgnoresFiguresMarksAndPunctuation()
    {
        var a = TaskGroups.WordPairs("Phấn đấu tỷ lệ hồ sơ trực tuyến đạt 70%.");
        var b = TaskGroups.WordPairs("phan dau ty le ho so truc tuyen dat 95 %");
        Assert.Equal(1, TaskGroups.Similarity(a, b));
        var other = TaskGroups.WordPairs("Tiếp tục triển khai lắp đặt camera an ninh.");
        Assert.True(TaskGroups.Similarity(a, other) < TaskGroups.Threshold);
    }

    // PlanSection.MaxBullets + 3 tasks that share no idea.
    private static readonly string[] Tasks =
    [
        "Nâng cấp đường truyền cáp quang cho trụ sở làm việc.", "Mở chuyên mục hỏi đáp chuyển đổi số trên trang thông tin điện tử.",
        "Xây dựng bản đồ số các điểm du lịch cộng đồng.", "Hướng dẫn hợp tác xã đưa nông sản lên sàn thương mại điện tử.",
        "Triển khai sổ sức khỏe điện tử cho người cao tuổi.", "Ứng dụng phần mềm quản lý trường học ở các điểm trường lẻ.",
        "Lắp wifi miễn phí tại nhà văn hóa thôn.", "Số hóa bản đồ địa chính toàn xã.", "Thí điểm thu học phí không dùng tiền mặt.",
        "Kiểm tra an toàn thông tin các máy chủ nội bộ.", "Tập huấn ký số cho cán bộ bán chuyên trách.", "Cập nhật dữ liệu dân cư vào hệ thống định danh.",
        "Phát động cuộc thi ý tưởng khởi nghiệp sáng tạo trong thanh niên.", "Vận hành trung tâm giám sát điều hành thông minh.",
        "Đặt hàng nhiệm vụ khoa học cấp cơ sở về giống lúa chịu hạn.",
    ];

    private static SynthesisUnit Unit(int id, string name, string plan) =>
        new(id, "U" + id, name, ReportingState.OnTime, new DateTime(2025, 9, 20), null, [], [], [], [], []) { Plans = plan.Length == 0 ? [] : [plan] };
}
