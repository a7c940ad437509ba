namespace TongHop.Synthesis.Drafting;

/// <summary>The catalog's indicator groups (indicator-catalog.json, <c>groups</c>) in the order the synthesis reports them.</summary>
public static class CatalogGroups
{
    public static IReadOnlyList<(string Key, string Title)> Ordered { get; } =
    [
        ("to_chuc", "Tổ chức, lãnh đạo, chỉ đạo"),
        ("ha_tang", "Hạ tầng số"),
        ("chinh_quyen_so", "Chính quyền số"),
        ("kinh_te_so", "Kinh tế số"),
        ("xa_hoi_so", "Xã hội số"),
        ("nhan_luc", "Nhân lực"),
        ("kinh_phi", "Kinh phí"),
        ("dia_ban", "Thông tin địa bàn"),
    ];

    public static string Title(string key) => Ordered.FirstOrDefault(g => g.Key == key).Title ?? key;

    /// <summary>Groups in report order; a group the list does not know comes last, by its key.</summary>
    public static int Rank(string key)
    {
        var index = Ordered.ToList().FindIndex(g => g.Key == key);
        return index < 0 ? Ordered.Count : index;
    }
}
