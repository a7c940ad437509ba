using TongHop.Core.Extraction;

namespace TongHop.Extraction.Tests.Indicators;

/// <summary>
/// Official mailboxes are a stock like computers and certificates: the mailboxes of the unit's offices, given one office
/// after another with no total, add up; a stated total wins over its parts.
/// </summary>
public sealed class MailboxPartsTests
{
    private const string Head = "BÁO CÁO\nKết quả chuyển đổi số năm 2025\n\nI. KẾT QUẢ NĂM 2025\n";

    [Fact]
    public void MailboxesOfTwoOffices_WithoutATotal_AreTheirSum()
    {
        const string text = Head + "- Thư điện tử công vụ: khối cơ quan Trung tâm 24 tài khoản; các trạm trực thuộc 61 tài khoản.\n";
        Assert.Equal([(ValueKind.Actual, 85m)], ExtractorHarness.KindsAndValues(text, "official_email_accounts"));
    }

    [Fact]
    public void AStatedTotalOfMailboxes_WinsOverItsPart()
    {
        const string text = Head + "- Đã cấp 120 tài khoản thư điện tử công vụ, trong đó 35 tài khoản cho lãnh đạo các phòng.\n";
        Assert.Equal([(ValueKind.Actual, 120m)], ExtractorHarness.KindsAndValues(text, "official_email_accounts"));
    }
}
