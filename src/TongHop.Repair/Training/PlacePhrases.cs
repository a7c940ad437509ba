using TongHop.Text.Places;

namespace TongHop.Repair.Training;

/// <summary>
/// The place and agency names the language model trains on, from the official list shipped in
/// <see cref="AdministrativeUnits"/>: for every commune, ward and special zone of 1 July 2025, its name with its level word
/// and province, with the agency words that name it in a report ("Ủy ban nhân dân xã …", "UBND xã …", "Đảng ủy xã …")
/// and as the place of a date line ("Đồng Lộc, ngày"); for every province and centrally-run city (current and former) its
/// name with its level word and its agencies ("UBND tỉnh …", "Tỉnh ủy …", "Thành ủy …", "Đảng bộ tỉnh …"); for every former commune (reports still name them) its level,
/// name, district and province; every agency by its official name. The trainer counts each line
/// <see cref="Weight"/> times: enough to learn the names, not enough to drown what follows "xã" in prose (xã hội).
/// </summary>
public static class PlacePhrases
{
    /// <summary>How many times each line is counted (the hand-written domain text counts 20 times).</summary>
    public const int Weight = 2;

    /// <summary>The lines, each once.</summary>
    public static IEnumerable<string> Lines(AdministrativeUnits units)
    {
        ArgumentNullException.ThrowIfNull(units);
        foreach (var unit in units.Communes)
        {
            var name = unit.FullName;
            yield return $"{name}, {unit.Province.FullName}.";
            yield return $"Ủy ban nhân dân {name}; UBND {name}; Đảng ủy {name}.";
            yield return $"{unit.Name}, ngày";
        }

        // Provinces and centrally-run cities, current and former, with the agencies that carry their name ("Tỉnh ủy Điện
        // Biên", "Thành ủy Hà Nội", "UBND tỉnh …"): without them the model had seen a province's name only after a
        // commune's, and read the level word's successor by the legal corpus alone ("Tỉnh ủy Diễn biến").
        foreach (var province in units.Provinces.Concat(units.FormerProvinces).DistinctBy(p => p.FullName))
        {
            var name = province.FullName;
            var party = province.Level == UnitLevel.Municipality ? "Thành ủy" : "Tỉnh ủy";
            yield return $"{name}.";
            yield return $"Ủy ban nhân dân {name}; UBND {name}; Hội đồng nhân dân {name}; {party} {province.Name}; Đảng bộ {name}.";
            yield return $"{province.Name}, ngày";
        }

        foreach (var unit in units.FormerCommunes)
        {
            yield return unit.District is { } district
                ? $"{unit.FullName}, {district.FullName}, {unit.Province.FullName}."
                : $"{unit.FullName}, {unit.Province.FullName}.";
        }

        foreach (var district in units.FormerDistricts)
        {
            yield return $"{district.FullName}, {district.Province.FullName}.";
        }

        foreach (var agency in units.Agencies)
        {
            yield return agency.Name + ".";
        }
    }
}
