namespace TongHop.Text.Places;

/// <summary>
/// One administrative unit of the official list: "xã Đồng Lộc" (code 18073) in "tỉnh Hà Tĩnh". <see cref="Former"/>
/// units are those of the list before 1 July 2025 (their codes are a separate series: a new commune often kept the
/// code of one of the communes it was made from).
/// </summary>
/// <param name="Code">The statistics office's code: 2 digits for a province, 3 for a district, 5 for a commune.</param>
/// <param name="Level">The level.</param>
/// <param name="Name">The proper name without its level word, official spelling: "Đồng Lộc", "Hồ Chí Minh", "14".</param>
/// <param name="Parent">The province of a commune; the district of a former commune and the province of a former district.</param>
/// <param name="Former">Whether the unit is of the list before 1 July 2025.</param>
public sealed record AdministrativeUnit(string Code, UnitLevel Level, string Name, AdministrativeUnit? Parent, bool Former)
{
    /// <summary>The name with its level word, as written in a sentence: "xã Đồng Lộc", "thành phố Hà Nội".</summary>
    public string FullName => Level.Word() + " " + Name;

    /// <summary>The province or centrally-run city the unit lies in (itself for a province).</summary>
    public AdministrativeUnit Province => Level.IsProvincial() || Parent is null ? this : Parent.Province;

    /// <summary>The district of a former commune, or <c>null</c>.</summary>
    public AdministrativeUnit? District => Parent is { } p && p.Level.IsDistrictLevel() ? p : null;

    public override string ToString() => FullName;
}
