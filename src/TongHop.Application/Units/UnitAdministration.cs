using Microsoft.EntityFrameworkCore;
using TongHop.Storage;
using TongHop.Storage.Entities;
using TongHop.Text.Dates;

namespace TongHop.Application.Units;

/// <summary>The fields of a unit an administrator edits on <c>/Admin/Units</c>.</summary>
public sealed record UnitEdit(string? Code, string? Name, OrgUnitKind Kind, int? ParentId, string? ContactName, string? ContactPhone, string? ContactEmail);

/// <summary>
/// Edits, closes and reopens org units. Closing keeps the unit and its history: requests whose period starts
/// after the closing date no longer expect it, earlier ones still do (see <c>ReportingStatus.IsExpected</c>).
/// Every method returns a Vietnamese error, or null when the change was saved.
/// </summary>
public static class UnitAdministration
{
    public const string NotFound = "Không tìm thấy đơn vị.";

    public static string KindLabel(OrgUnitKind kind) => kind switch
    {
        OrgUnitKind.Province => "Tỉnh",
        OrgUnitKind.Department => "Sở, ban, ngành",
        OrgUnitKind.Commune => "Xã",
        OrgUnitKind.Ward => "Phường",
        OrgUnitKind.SpecialZone => "Đặc khu",
        OrgUnitKind.University => "Trường",
        _ => "Khác",
    };

    public static async Task<string?> EditAsync(TongHopDbContext db, int id, UnitEdit edit)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(edit);
        var unit = await db.Units.AsTracking().SingleOrDefaultAsync(u => u.Id == id);
        var code = Clean(edit.Code);
        var name = Clean(edit.Name);
        if (unit is null)
        {
            return NotFound;
        }

        if (code is null || name is null)
        {
            return "Mã và tên đơn vị không được để trống.";
        }

        if (code.Length > 64 || name.Length > 256)
        {
            return "Mã (tối đa 64 ký tự) hoặc tên (tối đa 256 ký tự) quá dài.";
        }

        if (!Enum.IsDefined(edit.Kind))
        {
            return "Loại đơn vị không hợp lệ.";
        }

        if (await db.Units.AnyAsync(u => u.Id != id && u.Code == code))
        {
            return $"Mã {code} đã được dùng cho đơn vị khác.";
        }

        if (edit.ParentId is { } parentId && await ParentErrorAsync(db, id, parentId) is { } parentError)
        {
            return parentError;
        }

        (unit.Code, unit.Name, unit.Kind, unit.ParentId) = (code, name, edit.Kind, edit.ParentId);
        (unit.ContactName, unit.ContactPhone, unit.ContactEmail) = (Clean(edit.ContactName), Clean(edit.ContactPhone), Clean(edit.ContactEmail));
        await db.SaveChangesAsync();
        return null;
    }

    public static async Task<string?> CloseAsync(TongHopDbContext db, int id, DateOnly? closedOn)
    {
        ArgumentNullException.ThrowIfNull(db);
        var unit = await db.Units.AsTracking().SingleOrDefaultAsync(u => u.Id == id);
        if (unit is null)
        {
            return NotFound;
        }

        if (closedOn is null)
        {
            return "Hãy nhập ngày giải thể (dd/MM/yyyy).";
        }

        if (unit.OpenedOn is { } opened && closedOn < opened)
        {
            return $"Ngày giải thể không thể trước ngày thành lập ({VietnameseDates.Format(opened)}).";
        }

        unit.ClosedOn = closedOn;
        await db.SaveChangesAsync();
        return null;
    }

    public static async Task<string?> ReopenAsync(TongHopDbContext db, int id)
    {
        ArgumentNullException.ThrowIfNull(db);
        var unit = await db.Units.AsTracking().SingleOrDefaultAsync(u => u.Id == id);
        if (unit is null)
        {
            return NotFound;
        }

        unit.ClosedOn = null;
        await db.SaveChangesAsync();
        return null;
    }

    // The new parent must exist and must not be the unit itself or one of its descendants (no cycles).
    private static async Task<string?> ParentErrorAsync(TongHopDbContext db, int id, int parentId)
    {
        var parents = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.ParentId);
        if (!parents.ContainsKey(parentId))
        {
            return "Đơn vị cấp trên không tồn tại.";
        }

        for (int? at = parentId; at is { } current; at = parents.GetValueOrDefault(current))
        {
            if (current == id)
            {
                return "Không thể chọn chính đơn vị này hoặc đơn vị cấp dưới của nó làm đơn vị cấp trên.";
            }
        }

        return null;
    }

    private static string? Clean(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : text.Trim().Normalize(System.Text.NormalizationForm.FormC);
}
