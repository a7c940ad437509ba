namespace TongHop.Storage.Identity;

/// <summary>The four roles of issue 5. Names are stable identifiers; the UI shows Vietnamese labels.</summary>
public static class AppRoles
{
    public const string Admin = "admin";
    public const string Reviewer = "reviewer";
    public const string Leader = "leader";
    public const string Reporter = "reporter";

    public static IReadOnlyList<string> All { get; } = [Admin, Reviewer, Leader, Reporter];

    public static string Label(string role) => role switch
    {
        Admin => "Quản trị",
        Reviewer => "Chuyên viên rà soát",
        Leader => "Lãnh đạo (chỉ xem)",
        Reporter => "Cán bộ báo cáo của đơn vị",
        _ => role,
    };
}
