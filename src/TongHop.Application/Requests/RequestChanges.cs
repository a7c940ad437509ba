using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TongHop.Core.Time;
using TongHop.Storage;
using TongHop.Storage.Entities;

namespace TongHop.Application.Requests;

/// <summary>
/// Creates, edits, extends, closes and reopens requests, each change written to the request's audit trail
/// (<see cref="RequestEvent"/>) with who and when. Validation errors are Vietnamese sentences; nothing is saved when
/// there is one. A deadline already passed is refused unless the caller says it was seen (<see cref="RequestFields.AllowPastDeadline"/>).
/// </summary>
public sealed class RequestChanges(TongHopDbContext db, TimeProvider clock)
{
    public const string PastDeadline = "Hạn nộp đã qua. Kiểm tra lại ngày giờ, hoặc đánh dấu «Vẫn giữ hạn đã qua» nếu đúng là vậy.";

    public async Task<RequestChangeResult> CreateAsync(ClaimsPrincipal user, RequestFields fields, IReadOnlyList<string> indicatorKeys, string? dispatchSha256, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(fields);
        var units = await OpenUnitIdsAsync(fields.UnitIds, cancellationToken);
        var errors = Validate(fields, units, deadlineChanged: true);
        if (errors.Count > 0)
        {
            return RequestChangeResult.Fail(errors);
        }

        var now = Now;
        var request = new ReportRequest
        {
            Title = fields.Title!.Trim(), PeriodLabel = fields.PeriodLabel!.Trim(), CreatedAtUtc = now, CreatedBy = user.Identity?.Name,
            DispatchSha256 = dispatchSha256,
            Recipients = units.Select(id => new RequestRecipient { UnitId = id }).ToList(),
            Indicators = indicatorKeys.Distinct(StringComparer.Ordinal).Select(key => new RequestIndicator { IndicatorKey = key }).ToList(),
        };
        Apply(request, fields);
        db.Requests.Add(request);
        await db.SaveChangesAsync(cancellationToken);
        db.RequestEvents.Add(Event(user, request.Id, "created", $"Tạo yêu cầu, hạn nộp {Format(request.DeadlineUtc)}, gửi {units.Count} đơn vị."));
        await db.SaveChangesAsync(cancellationToken);
        return RequestChangeResult.Ok(request);
    }

    /// <summary>Changes a request's fields, outline and recipients; a recipient that already sent a report cannot be removed.</summary>
    public async Task<RequestChangeResult> EditAsync(ClaimsPrincipal user, int id, RequestFields fields, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(fields);
        var request = await db.Requests.AsTracking().Include(r => r.Recipients).SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (request is null)
        {
            return RequestChangeResult.Fail(["Không tìm thấy yêu cầu báo cáo."], notFound: true);
        }

        var units = await OpenUnitIdsAsync(fields.UnitIds, cancellationToken);
        units.AddRange(request.Recipients.Select(r => r.UnitId).Where(fields.UnitIds.Contains).Except(units)); // a closed unit already asked stays
        var newDeadline = fields.DeadlineLocal is { } local ? ProvinceTime.ToUtc(local) : request.DeadlineUtc;
        var errors = Validate(fields, units, deadlineChanged: newDeadline != request.DeadlineUtc);
        var removed = request.Recipients.Select(r => r.UnitId).Except(units).ToList();
        var answered = await db.Submissions.Where(s => s.RequestId == id && removed.Contains(s.UnitId)).Select(s => s.Unit!.Name).Distinct().ToListAsync(cancellationToken);
        if (answered.Count > 0)
        {
            errors.Add($"Không bỏ được đơn vị đã gửi báo cáo: {string.Join(", ", answered)}.");
        }

        if (errors.Count > 0)
        {
            return RequestChangeResult.Fail(errors);
        }

        var changes = Describe(request, fields, newDeadline);
        Apply(request, fields);
        request.Title = fields.Title!.Trim();
        request.PeriodLabel = fields.PeriodLabel!.Trim();
        var added = units.Except(request.Recipients.Select(r => r.UnitId)).ToList();
        request.Recipients.RemoveAll(r => removed.Contains(r.UnitId));
        request.Recipients.AddRange(added.Select(u => new RequestRecipient { RequestId = id, UnitId = u }));
        if (added.Count > 0) { changes.Add($"thêm {added.Count} đơn vị nhận"); }
        if (removed.Count > 0) { changes.Add($"bỏ {removed.Count} đơn vị nhận"); }
        if (changes.Count == 0)
        {
            return RequestChangeResult.Ok(request);
        }

        db.RequestEvents.Add(Event(user, id, "edited", "Sửa yêu cầu: " + string.Join("; ", changes) + "."));
        await db.SaveChangesAsync(cancellationToken);
        return RequestChangeResult.Ok(request);
    }

    /// <summary>Extends the deadline of the request, or of one unit (gia hạn riêng) when <paramref name="unitId"/> is given.</summary>
    public async Task<RequestChangeResult> ExtendAsync(ClaimsPrincipal user, int id, int? unitId, DateTime newDeadlineLocal, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        var request = await db.Requests.AsTracking().Include(r => r.Recipients).ThenInclude(r => r.Unit).SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (request is null)
        {
            return RequestChangeResult.Fail(["Không tìm thấy yêu cầu báo cáo."], notFound: true);
        }

        var utc = ProvinceTime.ToUtc(newDeadlineLocal);
        if (unitId is { } unit)
        {
            var recipient = request.Recipients.SingleOrDefault(r => r.UnitId == unit);
            if (recipient is null)
            {
                return RequestChangeResult.Fail(["Đơn vị này không nằm trong danh sách nhận yêu cầu."]);
            }

            var current = recipient.DeadlineUtc ?? request.DeadlineUtc;
            if (utc <= current)
            {
                return RequestChangeResult.Fail([$"Hạn gia hạn phải sau hạn hiện tại của đơn vị ({Format(current)})."]);
            }

            recipient.DeadlineUtc = utc;
            db.RequestEvents.Add(Event(user, id, "extended", $"Gia hạn cho {recipient.Unit?.Name}: từ {Format(current)} đến {Format(utc)}."));
        }
        else
        {
            if (utc <= request.DeadlineUtc)
            {
                return RequestChangeResult.Fail([$"Hạn gia hạn phải sau hạn hiện tại ({Format(request.DeadlineUtc)})."]);
            }

            db.RequestEvents.Add(Event(user, id, "extended", $"Gia hạn chung: từ {Format(request.DeadlineUtc)} đến {Format(utc)}."));
            request.DeadlineUtc = utc;
        }

        await db.SaveChangesAsync(cancellationToken);
        return RequestChangeResult.Ok(request);
    }

    /// <summary>Closes a request (no more submissions, no withdrawals), or reopens it.</summary>
    public async Task<RequestChangeResult> SetClosedAsync(ClaimsPrincipal user, int id, bool closed, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        var request = await db.Requests.AsTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (request is null)
        {
            return RequestChangeResult.Fail(["Không tìm thấy yêu cầu báo cáo."], notFound: true);
        }

        if ((request.ClosedAtUtc is not null) == closed)
        {
            return RequestChangeResult.Fail([closed ? "Yêu cầu đã đóng từ trước." : "Yêu cầu đang mở."]);
        }

        request.ClosedAtUtc = closed ? Now : null;
        db.RequestEvents.Add(Event(user, id, closed ? "closed" : "reopened", closed ? "Đóng yêu cầu: không nhận thêm báo cáo." : "Mở lại yêu cầu."));
        await db.SaveChangesAsync(cancellationToken);
        return RequestChangeResult.Ok(request);
    }

    private List<string> Validate(RequestFields f, List<int> units, bool deadlineChanged)
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(f.Title)) { errors.Add("Cần nhập tên yêu cầu."); }
        if (string.IsNullOrWhiteSpace(f.PeriodLabel)) { errors.Add("Cần nhập kỳ báo cáo."); }
        if (f.DeadlineLocal is null) { errors.Add("Cần nhập hạn nộp."); }
        if (f.PeriodFrom > f.PeriodTo) { errors.Add("Ngày bắt đầu kỳ báo cáo phải trước ngày kết thúc."); }
        if (units.Count == 0) { errors.Add("Cần chọn ít nhất một đơn vị nhận."); }
        if (f.Title?.Length > 500) { errors.Add("Tên yêu cầu quá dài (tối đa 500 ký tự)."); }
        if (f.DispatchDate is { } d && f.DeadlineLocal is { } dl && d > DateOnly.FromDateTime(dl)) { errors.Add("Ngày công văn phải trước hạn nộp."); }
        if (deadlineChanged && f.DeadlineLocal is { } local && ProvinceTime.ToUtc(local) < Now && !f.AllowPastDeadline) { errors.Add(PastDeadline); }
        errors.AddRange(f.Signing?.Errors() ?? []);
        return errors;
    }

    private static void Apply(ReportRequest request, RequestFields f)
    {
        request.DispatchNumber = string.IsNullOrWhiteSpace(f.DispatchNumber) ? null : f.DispatchNumber.Trim();
        request.DispatchDate = f.DispatchDate;
        request.PeriodFrom = f.PeriodFrom;
        request.PeriodTo = f.PeriodTo;
        request.DeadlineUtc = ProvinceTime.ToUtc(f.DeadlineLocal!.Value);
        request.OutlineJson = RequestOutline.ToJson(f.Outline);
        request.RemindDaysBefore = Math.Clamp(f.RemindDaysBefore, 0, 30);
        f.Signing?.ApplyTo(request);
    }

    private static List<string> Describe(ReportRequest r, RequestFields f, DateTime newDeadline)
    {
        var changes = new List<string>();
        if (r.Title != f.Title?.Trim()) { changes.Add($"tên «{r.Title}» → «{f.Title?.Trim()}»"); }
        if ((r.DispatchNumber ?? "") != (f.DispatchNumber?.Trim() ?? "")) { changes.Add($"số công văn «{r.DispatchNumber}» → «{f.DispatchNumber?.Trim()}»"); }
        if (r.DispatchDate != f.DispatchDate) { changes.Add($"ngày công văn {Day(r.DispatchDate)} → {Day(f.DispatchDate)}"); }
        if (r.PeriodLabel != f.PeriodLabel?.Trim() || r.PeriodFrom != f.PeriodFrom || r.PeriodTo != f.PeriodTo) { changes.Add($"kỳ báo cáo «{r.PeriodLabel}» → «{f.PeriodLabel?.Trim()}»"); }
        if (r.DeadlineUtc != newDeadline) { changes.Add($"hạn nộp {Format(r.DeadlineUtc)} → {Format(newDeadline)}"); }
        if (r.OutlineJson != RequestOutline.ToJson(f.Outline)) { changes.Add($"đề cương ({RequestOutline.Flatten(f.Outline).Count()} mục)"); }
        changes.AddRange(f.Signing?.ChangesFrom(RequestSigning.Of(r)) ?? []);
        return changes;
    }

    private async Task<List<int>> OpenUnitIdsAsync(IReadOnlyList<int> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.Distinct().ToList();
        return await db.Units.Where(u => wanted.Contains(u.Id) && u.Kind != OrgUnitKind.Province && u.ClosedOn == null).Select(u => u.Id).ToListAsync(cancellationToken);
    }

    private RequestEvent Event(ClaimsPrincipal user, int requestId, string action, string detail) =>
        new() { RequestId = requestId, Action = action, Detail = detail, UserName = user.Identity?.Name, AtUtc = Now };

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private static string Format(DateTime utc) => ProvinceTime.ToLocal(utc).ToString("HH:mm dd/MM/yyyy", CultureInfo.InvariantCulture);

    private static string Day(DateOnly? day) => day?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) ?? "(trống)";
}

/// <summary>The request created or changed, or the Vietnamese reasons it was not.</summary>
public sealed record RequestChangeResult(ReportRequest? Request, IReadOnlyList<string> Errors, bool NotFound)
{
    public bool Succeeded => Request is not null;

    public static RequestChangeResult Ok(ReportRequest request) => new(request, [], false);

    public static RequestChangeResult Fail(IReadOnlyList<string> errors, bool notFound = false) => new(null, errors, notFound);
}
