using TongHop.Core.Extraction;
using TongHop.Extraction.Indicators;

namespace TongHop.Extraction.Tests.Indicators;

/// <summary>
/// Parts of one whole stated in different sections: the commune's own team in one, the village teams in another. They
/// add up only when nothing else counts the same thing; otherwise the value is left unread with a finding.
/// </summary>
public sealed class PartsAcrossSectionsTests
{
    private const string CommuneTeam = """
        I. CÔNG TÁC CHỈ ĐẠO
        Ủy ban nhân dân xã ban hành quyết định kiện toàn Tổ công nghệ số cộng đồng cấp xã gồm 11 thành viên, do Phó Chủ tịch xã làm tổ trưởng.
        II. KẾT QUẢ THỰC HIỆN
        1. Hạ tầng số
        Xã có 6 trạm thu phát sóng di động, sóng 4G phủ kín các thôn.
        2. Xã hội số
        """;

    private static IndicatorExtraction Run(string text) => ExtractorHarness.Run(text);

    private static decimal[] Members(IndicatorExtraction result) =>
        [.. result.Indicators.Where(v => v.Key == "cdt_members").Select(v => v.Value).Order()];

    [Theory]
    [InlineData("Ở các thôn, bản đã thành lập 17 tổ công nghệ số cộng đồng với 96 thành viên, phần lớn là đoàn viên thanh niên.", 107)]
    [InlineData("Tại 9 tổ dân phố, các tổ công nghệ số cộng đồng có tổng cộng 48 thành viên tham gia hướng dẫn người dân.", 59)]
    public void TheCommunesTeamAndTheVillagesTeams_InTwoSections_AddUp(string villages, int expected)
    {
        var result = Run(CommuneTeam + villages);
        Assert.Equal([(decimal)expected], Members(result));
        Assert.DoesNotContain(result.ExtractorFindings, f => f.Code == "parts-unclear");
    }

    [Fact]
    public void AWholeStatedElsewhere_WinsOverTheParts()
    {
        const string villages = "Ở các thôn đã thành lập 17 tổ công nghệ số cộng đồng với 96 thành viên. " +
                                "Toàn xã hiện có 107 thành viên tổ công nghệ số cộng đồng.";
        Assert.Equal([107m], Members(Run(CommuneTeam + villages)));
    }

    [Fact]
    public void TwoCountsOfTheVillagesTeams_LeaveTheWholeUnread_WithAFinding()
    {
        // Are the 40 members of the new residential areas among the 96, or besides them? The text does not say.
        const string villages = "Ở các thôn đã thành lập 17 tổ công nghệ số cộng đồng với 96 thành viên. " +
                                "3. Chuyển đổi số ở khu dân cư mới\nTại các khu dân cư mới, tổ công nghệ số cộng đồng ở thôn có 40 thành viên.";
        var result = Run(CommuneTeam + villages);
        Assert.Empty(Members(result));
        Assert.Contains(result.ExtractorFindings, f => f.Code == "parts-unclear" && f.About == "cdt_members");
    }

    [Fact]
    public void TheCommunesTeamAlone_IsItsOwnValue() =>
        Assert.Equal([11m], Members(Run(CommuneTeam + "Người dân được hướng dẫn cài đặt ứng dụng VNeID.")));
}
