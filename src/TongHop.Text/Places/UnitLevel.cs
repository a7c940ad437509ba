using TongHop.Text.Normalization;

namespace TongHop.Text.Places;

/// <summary>
/// The level of an administrative unit. Since 1 July 2025 there are two: provinces and centrally-run cities, and under
/// them communes, wards and special zones; the district level (quận, huyện, thị xã, provincial cities) and the
/// township (thị trấn) were abolished, but documents still name them.
/// </summary>
public enum UnitLevel
{
    /// <summary>tỉnh</summary>
    Province,

    /// <summary>thành phố trực thuộc trung ương (Hà Nội, Huế…)</summary>
    Municipality,

    /// <summary>quận (before 2025)</summary>
    UrbanDistrict,

    /// <summary>huyện (before 2025)</summary>
    District,

    /// <summary>thị xã (before 2025)</summary>
    Town,

    /// <summary>thành phố thuộc tỉnh (before 2025)</summary>
    ProvincialCity,

    /// <summary>xã</summary>
    Commune,

    /// <summary>phường</summary>
    Ward,

    /// <summary>thị trấn (before 2025)</summary>
    Township,

    /// <summary>đặc khu (from 2025)</summary>
    SpecialZone,
}

/// <summary>The level words as written before a unit's name ("xã Đồng Lộc", "thành phố Huế").</summary>
public static class UnitLevels
{
    /// <summary>The lower-case level word: "tỉnh", "thành phố", "xã", "phường", "đặc khu"…</summary>
    public static string Word(this UnitLevel level) => level switch
    {
        UnitLevel.Province => "tỉnh",
        UnitLevel.Municipality or UnitLevel.ProvincialCity => "thành phố",
        UnitLevel.UrbanDistrict => "quận",
        UnitLevel.District => "huyện",
        UnitLevel.Town => "thị xã",
        UnitLevel.Commune => "xã",
        UnitLevel.Ward => "phường",
        UnitLevel.Township => "thị trấn",
        UnitLevel.SpecialZone => "đặc khu",
        _ => throw new ArgumentOutOfRangeException(nameof(level)),
    };

    // Longest first, so "thị xã" is read before "xã". "thành phố" reads as a centrally-run city; a caller that knows it
    // is a city of a province says so.
    private static readonly (string Folded, UnitLevel Level)[] Words =
    [
        ("thanh pho", UnitLevel.Municipality), ("thi tran", UnitLevel.Township), ("thi xa", UnitLevel.Town),
        ("dac khu", UnitLevel.SpecialZone), ("phuong", UnitLevel.Ward), ("huyen", UnitLevel.District),
        ("quan", UnitLevel.UrbanDistrict), ("tinh", UnitLevel.Province), ("xa", UnitLevel.Commune),
    ];

    /// <summary>
    /// Reads the level word that starts <paramref name="text"/> ("Phường Ba Đình", "THỊ XÃ KỲ ANH", "xa Dong Loc"),
    /// diacritics and case ignored; <paramref name="length"/> is its length in <paramref name="text"/>.
    /// </summary>
    public static bool TryRead(ReadOnlySpan<char> text, out UnitLevel level, out int length)
    {
        foreach (var (folded, candidate) in Words)
        {
            if (text.Length >= folded.Length && (text.Length == folded.Length || !char.IsLetterOrDigit(text[folded.Length])) &&
                Matches(text[..folded.Length], folded))
            {
                level = candidate;
                length = folded.Length;
                return true;
            }
        }

        level = default;
        length = 0;
        return false;
    }

    private static bool Matches(ReadOnlySpan<char> text, string folded)
    {
        for (var i = 0; i < folded.Length; i++)
        {
            if (char.ToLowerInvariant(VietnameseText.FoldChar(text[i])) != folded[i])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether the level is a province or a centrally-run city.</summary>
    public static bool IsProvincial(this UnitLevel level) => level is UnitLevel.Province or UnitLevel.Municipality;

    /// <summary>Whether the level is the one under the district (commune, ward, township, special zone).</summary>
    public static bool IsCommunal(this UnitLevel level) => level is UnitLevel.Commune or UnitLevel.Ward or UnitLevel.Township or UnitLevel.SpecialZone;

    /// <summary>Whether the level is a district-level unit (abolished in 2025).</summary>
    public static bool IsDistrictLevel(this UnitLevel level) =>
        level is UnitLevel.UrbanDistrict or UnitLevel.District or UnitLevel.Town or UnitLevel.ProvincialCity;
}
