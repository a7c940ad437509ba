using Microsoft.EntityFrameworkCore;
using TongHop.Storage;
using TongHop.Storage.Entities;
using TongHop.Text.Dates;

namespace TongHop.Application.Units;

/// <summary>
/// Imports org units from CSV, one per line: <c>code;name;kind;parentCode;contact;phone;email;openedOn;closedOn</c>
/// (';' or ',' separated, dates dd/MM/yyyy, kind as in <see cref="OrgUnitKind"/> or Vietnamese: xã, phường,
/// đặc khu, sở, trường). A known code is updated, so closing a unit mid-year is re-importing it with a
/// closing date. Bad lines are reported and skipped; at most 10 000 lines.
/// </summary>
public static class UnitCsvImporter
{
    public static async Task<UnitCsvImport> ImportAsync(TongHopDbContext db, string csv)
    {
        ArgumentNullException.ThrowIfNull(db);
        var known = await db.Units.ToDictionaryAsync(u => u.Code, StringComparer.OrdinalIgnoreCase);
        var (added, updated, errors) = (0, 0, new List<string>());
        var lines = csv.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Take(10_000).ToList();
        for (var n = 0; n < lines.Count; n++)
        {
            var f = lines[n].Split(lines[n].Contains(';', StringComparison.Ordinal) ? ';' : ',').Select(x => x.Trim().Trim('"')).ToArray();
            if (f.Length < 2 || f[0].Length == 0 || (n == 0 && f[0].Equals("code", StringComparison.OrdinalIgnoreCase)) || f[0].StartsWith("mã", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var unit = known.GetValueOrDefault(f[0]);
            if (unit is null)
            {
                unit = new OrgUnit { Code = f[0], Name = f[1] };
                db.Units.Add(unit);
                known[f[0]] = unit;
                added++;
            }
            else
            {
                updated++;
            }

            if (Apply(unit, f, known) is { } error)
            {
                errors.Add($"Dòng {n + 1}: {error}");
            }
        }

        await db.SaveChangesAsync();
        return new UnitCsvImport(added, updated, errors);
    }

    private static string? Apply(OrgUnit unit, string[] f, Dictionary<string, OrgUnit> known)
    {
        unit.Name = f[1];
        unit.Kind = f.Length > 2 ? KindOf(f[2]) : OrgUnitKind.Other;
        unit.Parent = f.Length > 3 && f[3].Length > 0 ? known.GetValueOrDefault(f[3]) : unit.Parent;
        unit.ContactName = Field(f, 4) ?? unit.ContactName;
        unit.ContactPhone = Field(f, 5) ?? unit.ContactPhone;
        unit.ContactEmail = Field(f, 6) ?? unit.ContactEmail;
        var opened = Date(Field(f, 7));
        var closed = Date(Field(f, 8));
        unit.OpenedOn = opened.Value ?? unit.OpenedOn;
        unit.ClosedOn = closed.Value ?? unit.ClosedOn;
        return opened.Ok && closed.Ok ? null : "ngày không đúng dạng dd/MM/yyyy";
    }

    private static string? Field(string[] f, int i) => f.Length > i && f[i].Length > 0 ? f[i] : null;

    private static (bool Ok, DateOnly? Value) Date(string? text) =>
        text is null ? (true, null)
        : VietnameseDates.TryParseLenient(text, out var d) ? (true, d)
        : (false, null);

    private static OrgUnitKind KindOf(string text) => text.ToLowerInvariant() switch
    {
        "xã" or "commune" => OrgUnitKind.Commune,
        "phường" or "ward" => OrgUnitKind.Ward,
        "đặc khu" or "specialzone" => OrgUnitKind.SpecialZone,
        "sở" or "ban" or "department" => OrgUnitKind.Department,
        "trường" or "university" => OrgUnitKind.University,
        "tỉnh" or "province" => OrgUnitKind.Province,
        _ => OrgUnitKind.Other,
    };
}
