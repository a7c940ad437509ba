using TongHop.Storage.Entities;

namespace TongHop.Application.Demo;

/// <summary>The demo province: ten units in the style of Quảng Ngãi's communes, wards, special zone and departments.</summary>
public static class DemoProvince
{
    public const string ProvinceCode = "QNG";
    public const string ProvinceName = "Tỉnh Quảng Ngãi";

    /// <summary>25/09/2025 16:00 in Vietnam time.</summary>
    public static readonly DateTime DeadlineLocal = new(2025, 9, 25, 16, 0, 0, DateTimeKind.Unspecified);

    /// <summary>How the Department issues the demo requests' syntheses: a deputy director signs on the director's behalf.</summary>
    public static void Sign(ReportRequest request, string number)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.SynthesisNumber = number;
        request.SignerAuthority = "KT. GIÁM ĐỐC";
        request.SignerTitle = "PHÓ GIÁM ĐỐC";
        request.SignerName = "Lê Hoàng Phúc";
        request.SynthesisRecipients = string.Join('\n',
            "Ban Chỉ đạo tỉnh về phát triển KH, CN, ĐMST và CĐS (b/c);", "UBND tỉnh (b/c);", "Giám đốc, các Phó Giám đốc Sở;",
            "Các sở, ban, ngành; UBND các xã, phường, đặc khu;", "Lưu: VT, QLCN.");
    }

    public static IReadOnlyList<DemoUnit> Units { get; } =
    [
        new("XA-TINH-PHONG", "Xã Tịnh Phong", OrgUnitKind.Commune, "UBND xã Tịnh Phong", "UBND", "Nguyễn Văn Hùng", "0255 3841 201", "commune", "Trần Minh Đức", -30),
        new("XA-BINH-MINH", "Xã Bình Minh", OrgUnitKind.Commune, "UBND xã Bình Minh", "UBND", "Lê Thị Thu", "0255 3862 118", "commune", "Phạm Văn Lộc", -52),
        new("XA-MO-DUC", "Xã Mộ Đức", OrgUnitKind.Commune, "UBND xã Mộ Đức", "UBND", "Võ Thanh Tâm", "0255 3845 332", "commune", "Huỳnh Tấn Phát", -5),
        new("XA-SON-HA", "Xã Sơn Hà", OrgUnitKind.Commune, "UBND xã Sơn Hà", "UBND", "Đinh Văn Kiên", "0255 3865 470", "commune", "Đinh Thị Mai", 20),
        new("XA-BA-TO", "Xã Ba Tơ", OrgUnitKind.Commune, "UBND xã Ba Tơ", "UBND", "Phạm Thị Hoa", "0255 3863 009", "commune", "Phạm Văn Trung", -76),
        new("PHUONG-CAM-THANH", "Phường Cẩm Thành", OrgUnitKind.Ward, "UBND phường Cẩm Thành", "UBND", "Trương Quốc Bảo", "0255 3822 645", "commune", "Nguyễn Thị Lan", -2),
        new("PHUONG-NGHIA-LO", "Phường Nghĩa Lộ", OrgUnitKind.Ward, "UBND phường Nghĩa Lộ", "UBND", "Bùi Văn Sáu", "0255 3824 777", "commune", "Lê Quang Vinh", 49),
        new("DK-LY-SON", "Đặc khu Lý Sơn", OrgUnitKind.SpecialZone, "UBND đặc khu Lý Sơn", "UBND", "Lê Văn Tư", "0255 3867 123", "commune", "Võ Văn Hải", null),
        new("SO-YTE", "Sở Y tế", OrgUnitKind.Department, "Sở Y tế", "SYT", "Nguyễn Thị Hạnh", "0255 3822 450", "department", "Nguyễn Văn Thành", -26),
        new("SO-GDDT", "Sở Giáo dục và Đào tạo", OrgUnitKind.Department, "Sở Giáo dục và Đào tạo", "SGDĐT", "Hồ Văn Nam", "0255 3823 990", "department", "Trần Thị Kim", 6),
    ];
}
