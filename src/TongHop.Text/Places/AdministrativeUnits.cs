using System.Collections.Frozen;
using System.IO.Compression;
using System.Reflection;
using System.Text;
using TongHop.Text.Normalization;

namespace TongHop.Text.Places;

/// <summary>
/// The official list of Vietnam's administrative units and the bodies that issue documents, shipped as data:
/// the 34 provinces and 3,321 communes, wards and special zones from 1 July 2025, the 63 provinces, 696 districts
/// and 10,061 communes before it with the unit(s) each went into (<c>Places/Data/admin-units.tsv.gz</c>, built by
/// <c>tools/admin-units/build.py</c> from the statistics office's tables), and the ministries, central agencies,
/// provincial departments and kinds of unit (<c>Places/Data/agencies.tsv</c>). Loaded once; immutable and thread-safe.
/// </summary>
public sealed class AdministrativeUnits
{
    private static readonly Lazy<AdministrativeUnits> LazyOfficial = new(LoadEmbedded);

    private readonly FrozenDictionary<string, AdministrativeUnit[]> byKey;
    private readonly FrozenDictionary<string, AdministrativeUnit> currentByCode;
    private readonly FrozenDictionary<string, AdministrativeUnit> formerByCode;
    private readonly FrozenDictionary<AdministrativeUnit, AdministrativeUnit[]> successors;
    private readonly (AdministrativeUnit Unit, string Key)[] keyed;
    private readonly Lazy<FrozenDictionary<AdministrativeUnit, AdministrativeUnit[]>> provincesOfFormer;

    private AdministrativeUnits(
        List<AdministrativeUnit> units, Dictionary<AdministrativeUnit, AdministrativeUnit[]> successors, List<Agency> agencies)
    {
        Provinces = units.Where(u => !u.Former && u.Level.IsProvincial()).ToArray();
        Communes = units.Where(u => !u.Former && u.Level.IsCommunal()).ToArray();
        FormerProvinces = units.Where(u => u.Former && u.Level.IsProvincial()).ToArray();
        FormerDistricts = units.Where(u => u.Former && u.Level.IsDistrictLevel()).ToArray();
        FormerCommunes = units.Where(u => u.Former && u.Level.IsCommunal()).ToArray();
        All = [.. Provinces, .. Communes, .. FormerProvinces, .. FormerDistricts, .. FormerCommunes];
        Agencies = agencies;
        keyed = All.Select(u => (u, Key(u.Name))).ToArray();
        byKey = keyed.GroupBy(p => p.Key, StringComparer.Ordinal).ToFrozenDictionary(g => g.Key, g => g.Select(p => p.Unit).ToArray(), StringComparer.Ordinal);
        currentByCode = units.Where(u => !u.Former).ToFrozenDictionary(u => u.Code, StringComparer.Ordinal);
        formerByCode = units.Where(u => u.Former).ToFrozenDictionary(u => u.Code, StringComparer.Ordinal);
        this.successors = successors.ToFrozenDictionary(ReferenceEqualityComparer.Instance as IEqualityComparer<AdministrativeUnit>);
        provincesOfFormer = new(() => FormerProvinces.ToFrozenDictionary(
            p => p,
            p => FormerCommunes.Where(c => ReferenceEquals(c.Province, p)).SelectMany(Successors).Select(s => s.Province).Distinct().ToArray(),
            ReferenceEqualityComparer.Instance as IEqualityComparer<AdministrativeUnit>));
    }

    /// <summary>The list shipped with TongHop.</summary>
    public static AdministrativeUnits Official => LazyOfficial.Value;

    /// <summary>The 34 provinces and centrally-run cities from 1 July 2025.</summary>
    public IReadOnlyList<AdministrativeUnit> Provinces { get; }

    /// <summary>The 3,321 communes, wards and special zones from 1 July 2025.</summary>
    public IReadOnlyList<AdministrativeUnit> Communes { get; }

    /// <summary>The 63 provinces and cities before 1 July 2025.</summary>
    public IReadOnlyList<AdministrativeUnit> FormerProvinces { get; }

    /// <summary>The district-level units before 1 July 2025 (quận, huyện, thị xã, provincial cities).</summary>
    public IReadOnlyList<AdministrativeUnit> FormerDistricts { get; }

    /// <summary>The communes, wards and townships before 1 July 2025.</summary>
    public IReadOnlyList<AdministrativeUnit> FormerCommunes { get; }

    /// <summary>Every unit: current provinces and communes first, then the former ones.</summary>
    public IReadOnlyList<AdministrativeUnit> All { get; }

    /// <summary>Ministries, central bodies, provincial departments and kinds of unit, in their official spelling.</summary>
    public IReadOnlyList<Agency> Agencies { get; }

    /// <summary>A current unit by its code ("01" Hà Nội, "18073"), or <c>null</c>.</summary>
    public AdministrativeUnit? Current(string code) => currentByCode.GetValueOrDefault(code);

    /// <summary>A unit of the list before 1 July 2025 by its code, or <c>null</c>.</summary>
    public AdministrativeUnit? Former(string code) => formerByCode.GetValueOrDefault(code);

    /// <summary>The current commune(s) a former commune went into (several when it was split); empty for other units.</summary>
    public IReadOnlyList<AdministrativeUnit> Successors(AdministrativeUnit former) => successors.GetValueOrDefault(former) ?? [];

    /// <summary>The current province(s) a former province's communes went into (the province itself when it is current).</summary>
    public IReadOnlyList<AdministrativeUnit> SuccessorProvinces(AdministrativeUnit province) =>
        !province.Former ? [province.Province] : provincesOfFormer.Value.GetValueOrDefault(province.Province) ?? [];

    /// <summary>
    /// Whether <paramref name="unit"/> lies in the current province <paramref name="province"/>: a current unit by its
    /// province, a former commune by the commune(s) it went into, a former district or province by where its communes went.
    /// </summary>
    public bool IsIn(AdministrativeUnit unit, AdministrativeUnit province)
    {
        if (!unit.Former)
        {
            return ReferenceEquals(unit.Province, province);
        }

        var next = Successors(unit);
        return next.Count > 0
            ? next.Any(s => ReferenceEquals(s.Province, province))
            : SuccessorProvinces(unit.Province).Any(p => ReferenceEquals(p, province));
    }

    /// <summary>Every unit whose name is <paramref name="name"/> (diacritics, case and spacing ignored), current ones first.</summary>
    public IReadOnlyList<AdministrativeUnit> Named(string name) => byKey.GetValueOrDefault(Key(name)) ?? [];

    /// <summary>
    /// The units whose name is within <paramref name="maxDistance"/> edits of <paramref name="name"/> on folded text
    /// (letters without diacritics, lower case), nearest first, then current before former; only those of the levels
    /// <paramref name="levels"/> accepts (all when null).
    /// </summary>
    public IReadOnlyList<PlaceMatch> Closest(string name, int maxDistance, Func<AdministrativeUnit, bool>? levels = null)
    {
        var key = Key(name);
        var found = new List<PlaceMatch>();
        if (key.Length == 0)
        {
            return found;
        }

        foreach (var (unit, unitKey) in keyed)
        {
            if (Math.Abs(unitKey.Length - key.Length) > maxDistance || (levels is not null && !levels(unit)))
            {
                continue;
            }

            var distance = EditDistance.Compute(key, unitKey, maxDistance);
            if (distance <= maxDistance)
            {
                found.Add(new PlaceMatch(unit, distance));
            }
        }

        found.Sort((a, b) => a.Distance != b.Distance ? a.Distance.CompareTo(b.Distance) : a.Unit.Former.CompareTo(b.Unit.Former));
        return found;
    }

    /// <summary>The key names are compared by: folded, lower case, letters and digits with single spaces ("Đồng  Lộc" → "dong loc").</summary>
    public static string Key(string text)
    {
        var folded = VietnameseText.FoldLower(text);
        var builder = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != ' ')
            {
                builder.Append(' ');
            }
        }

        return builder.ToString().TrimEnd();
    }

    private static AdministrativeUnits LoadEmbedded()
    {
        var assembly = Assembly.GetExecutingAssembly();
        using var units = assembly.GetManifestResourceStream("TongHop.Text.Places.admin-units.tsv.gz")
            ?? throw new InvalidOperationException("The administrative units resource is missing from TongHop.Text.");
        using var gzip = new GZipStream(units, CompressionMode.Decompress);
        using var unitReader = new StreamReader(gzip, Encoding.UTF8);
        using var agencies = assembly.GetManifestResourceStream("TongHop.Text.Places.agencies.tsv")
            ?? throw new InvalidOperationException("The agencies resource is missing from TongHop.Text.");
        using var agencyReader = new StreamReader(agencies, Encoding.UTF8);
        return Parse(unitReader, agencyReader);
    }

    /// <summary>Reads the two data files (the shapes <c>tools/admin-units/build.py</c> and <c>agencies.tsv</c> describe).</summary>
    internal static AdministrativeUnits Parse(TextReader unitData, TextReader agencyData)
    {
        var current = new Dictionary<string, AdministrativeUnit>(StringComparer.Ordinal);
        var former = new Dictionary<string, AdministrativeUnit>(StringComparer.Ordinal);
        var units = new List<AdministrativeUnit>();
        var pending = new List<(AdministrativeUnit Unit, string[] Codes)>();
        foreach (var fields in Rows(unitData))
        {
            var (kind, code, name) = (fields[0], fields[1], fields[2]);
            var unit = kind switch
            {
                "P" => Unit(code, name, null, false, provincial: true),
                "C" => Unit(code, name, current[fields[3]], false, provincial: false),
                "p" => Unit(code, name, null, true, provincial: true),
                "d" => Unit(code, name, former[fields[3]], true, provincial: false),
                "c" => Unit(code, name, fields[3].Length > 0 ? former.GetValueOrDefault(fields[3]) : null, true, provincial: false),
                _ => throw new InvalidDataException($"unknown row kind '{kind}' in the administrative units"),
            };
            (kind is "P" or "C" ? current : former)[code] = unit;
            units.Add(unit);
            if (kind == "c" && fields.Length > 4 && fields[4].Length > 0)
            {
                pending.Add((unit, fields[4].Split(',')));
            }
        }

        var successors = pending.ToDictionary(p => p.Unit, p => p.Codes.Select(c => current[c]).ToArray());
        var agencies = Rows(agencyData).Select(f => new Agency(
            AgencyKindOf(f[0]), f[1], f[2].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), f[3] == "former")).ToList();
        return new AdministrativeUnits(units, successors, agencies);
    }

    private static IEnumerable<string[]> Rows(TextReader reader)
    {
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
            {
                yield return line.Split('\t');
            }
        }
    }

    private static AdministrativeUnit Unit(string code, string nameWithLevel, AdministrativeUnit? parent, bool former, bool provincial)
    {
        if (!UnitLevels.TryRead(nameWithLevel, out var level, out var length))
        {
            throw new InvalidDataException($"no level word in '{nameWithLevel}'");
        }

        if (level == UnitLevel.Municipality && !provincial)
        {
            level = UnitLevel.ProvincialCity;
        }

        return new AdministrativeUnit(code, level, nameWithLevel[length..].Trim(), parent, former);
    }

    private static AgencyKind AgencyKindOf(string kind) => kind switch
    {
        "state" => AgencyKind.State,
        "party" => AgencyKind.Party,
        "government" => AgencyKind.Government,
        "ministry" => AgencyKind.Ministry,
        "ministerial" => AgencyKind.Ministerial,
        "agency" => AgencyKind.GovernmentAgency,
        "provincial" => AgencyKind.Provincial,
        "provincial-body" => AgencyKind.ProvincialBody,
        "commune-body" => AgencyKind.CommuneBody,
        "unit-kind" => AgencyKind.UnitKind,
        _ => throw new InvalidDataException($"unknown agency kind '{kind}'"),
    };
}

/// <summary>A unit found for a name, with the number of edits between the name and the unit's (folded) name.</summary>
public readonly record struct PlaceMatch(AdministrativeUnit Unit, int Distance);
