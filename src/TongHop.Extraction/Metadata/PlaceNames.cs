using TongHop.Text.Syllables;
using TongHop.Text.Normalization;
using TongHop.Text.Places;

namespace TongHop.Extraction.Metadata;

/// <summary>
/// Gives a place name read from a document its official spelling from the list of administrative units
/// (<see cref="AdministrativeUnits"/>), when the list names it without doubt: "Mương Là" (a word repaired from
/// "Muong La") → "Mường La", "Hoài Xuân" → "Hòa Xuân" in a ward of Đà Nẵng. Names are compared on folded text
/// (no diacritics); a garbled name is matched within the document's province, or against the other places the
/// document names for the same unit (the issuer's line, the place of the date line, the body's "UBND xã …"). A wrong
/// unit is worse than none: when two units fit equally well, nothing is chosen.
/// </summary>
public static class PlaceNames
{
    private static AdministrativeUnits Units => AdministrativeUnits.Official;

    /// <summary>
    /// The unit all <paramref name="witnesses"/> name (the first is the main reading; the others are other spellings of
    /// the same unit found in the document), of a level <paramref name="level"/> accepts, within <paramref name="province"/>
    /// when known; <c>null</c> when none fits or two fit equally well.
    /// </summary>
    public static AdministrativeUnit? Resolve(IReadOnlyList<string> witnesses, Func<UnitLevel, bool> level, AdministrativeUnit? province)
    {
        var keys = witnesses.Select(AdministrativeUnits.Key).Where(k => k.Length >= 2).ToArray();
        if (keys.Length == 0)
        {
            return null;
        }

        bool Fits(AdministrativeUnit u) => level(u.Level) && (province is null || Units.IsIn(u, province));
        var limits = keys.Select(Limit).ToArray();

        // A unit some reading names exactly, close to the main reading: the one most readings name exactly.
        var exact = keys.Distinct().SelectMany(k => Units.Named(k)).Where(Fits).Distinct().ToList();
        var eligible = exact
            .Select(u => (Unit: u, Key: AdministrativeUnits.Key(u.Name)))
            .Where(p => EditDistance.Compute(keys[0], p.Key, limits[0]) <= limits[0])
            .Select(p => (p.Unit, Count: keys.Count(k => k == p.Key)))
            .ToList();
        if (eligible.Count > 0)
        {
            var most = eligible.Max(e => e.Count);
            return Unambiguous(eligible.Where(e => e.Count == most).Select(e => e.Unit).ToList(), witnesses[0]);
        }

        // No reading is a name of the list: the nearest unit, within the province or confirmed by a second reading,
        // and clearly nearer than any other (a garbled "Phòng Lọc" is one letter from Hồng Lộc and two from Đồng Lộc:
        // no choice).
        if (province is null && keys.Distinct().Count() < 2)
        {
            return null;
        }

        var candidates = province is not null
            ? Units.All.Where(Fits)
            : keys.SelectMany((k, i) => Units.Closest(k, limits[i], u => level(u.Level))).Select(m => m.Unit).Distinct();
        // A garble repeated (the date line copies the header's) is one reading.
        var distinct = keys.Distinct().ToArray();
        var distinctLimits = distinct.Select(Limit).ToArray();
        var scored = new List<(AdministrativeUnit Unit, int Cost)>();
        foreach (var unit in candidates)
        {
            var key = AdministrativeUnits.Key(unit.Name);
            int cost = 0, near = 0;
            for (var i = 0; i < distinct.Length; i++)
            {
                var d = EditDistance.Compute(distinct[i], key, distinctLimits[i]);
                cost += d;
                near += d <= distinctLimits[i] ? 1 : 0;
            }

            if (near * 2 > distinct.Length)
            {
                scored.Add((unit, cost));
            }
        }

        if (scored.Count == 0)
        {
            return null;
        }

        var min = scored.Min(s => s.Cost);
        var best = scored.Where(s => s.Cost == min).Select(s => s.Unit).ToList();
        var runnerUp = scored.Where(s => s.Cost > min && !best.Any(b => b.Name == s.Unit.Name)).Select(s => s.Cost).DefaultIfEmpty(int.MaxValue).Min();
        return runnerUp - min >= 2 ? Unambiguous(best, witnesses[0]) : null;
    }

    /// <summary>The official spelling of a place of the date line, given the issuer's unit and the province when known.</summary>
    public static string? PlaceOfDateLine(string? place, AdministrativeUnit? issuerUnit, AdministrativeUnit? province) =>
        place is null ? null : OfficialName(place, issuerUnit, province) ?? (Garbled(place) ? null : place);

    /// <summary>
    /// Whether a place as written has a word that is no Vietnamese syllable ("Hà Aói", OCR's reading of Hà Nội): such a
    /// place, when it is no unit of the list either, is an OCR error and is never given as the place. Names of the list
    /// that are no syllables (Krông Pắc, Ea Súp) are found by <see cref="OfficialName"/> before this is asked.
    /// </summary>
    public static bool Garbled(string place) =>
        MetadataWords.Split(place).Any(w => w.All(char.IsLetter) && !VietnameseSyllable.IsValid(w));

    /// <summary>
    /// A place of the date line that is no capitalised name (repair left a garbled word: "Văn bồn" for Vân Đồn): the
    /// issuer's unit or the province when it is that name within the edits a name may differ by, else the one unit of
    /// the list nearest to it (<see cref="Resolve"/>); never the words themselves.
    /// </summary>
    public static string? GarbledPlaceOfDateLine(string words, AdministrativeUnit? issuerUnit, AdministrativeUnit? province) =>
        AdministrativeUnits.Key(words).Length < 4 ? null : OfficialName(words, issuerUnit, province);

    // The issuer's unit or the province when the place is its name within a name's edits, else the list's one unit.
    private static string? OfficialName(string place, AdministrativeUnit? issuerUnit, AdministrativeUnit? province) =>
        KnownUnitName(place, issuerUnit, province) ?? Resolve([place], _ => true, province)?.Name;

    /// <summary>
    /// The name of the issuer's unit or of the province when <paramref name="place"/> is that name within the edits a
    /// name may differ by (<see cref="Limit"/>); null when it is neither.
    /// </summary>
    public static string? KnownUnitName(string place, AdministrativeUnit? issuerUnit, AdministrativeUnit? province)
    {
        var key = AdministrativeUnits.Key(place);
        var limit = Limit(key);
        foreach (var unit in new[] { issuerUnit, province })
        {
            if (unit is not null && EditDistance.Compute(key, AdministrativeUnits.Key(unit.Name), limit) <= limit)
            {
                return unit.Name;
            }
        }

        return null;
    }

    /// <summary>Edits a name of this length may differ by and still be the same name: 1 up to 6 letters, 2 up to 11, then 3.</summary>
    public static int Limit(string key) => key.Length <= 6 ? 1 : key.Length <= 11 ? 2 : 3;

    // Several units with one spelling (a commune and the district it was in) are one name; two spellings are a doubt,
    // settled only by the reading itself being one of them.
    private static AdministrativeUnit? Unambiguous(List<AdministrativeUnit> units, string reading)
    {
        var spellings = units.Select(u => u.Name).Distinct(StringComparer.Ordinal).ToList();
        if (spellings.Count == 1)
        {
            return Preferred(units);
        }

        var nfc = VietnameseText.Nfc(reading.Trim());
        var same = units.Where(u => string.Equals(u.Name, nfc, StringComparison.OrdinalIgnoreCase)).ToList();
        return same.Count > 0 ? Preferred(same) : null;
    }

    // A current unit before a former one of the same name.
    private static AdministrativeUnit Preferred(List<AdministrativeUnit> units) => units.FirstOrDefault(u => !u.Former) ?? units[0];
}
