using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TongHop.Application.Catalog;
using TongHop.Application.Processing;
using TongHop.Application.Requests;
using TongHop.Application.Security;
using TongHop.Application.Users;
using TongHop.Core.Documents;
using TongHop.Core.Time;
using TongHop.Extraction.Indicators.Catalog;
using TongHop.Pipeline;
using TongHop.Storage;
using TongHop.Storage.Entities;
using TongHop.Web.Formatting;

namespace TongHop.Web.Pages.Requests;

/// <summary>
/// Creates a report request, by hand or pre-filled from the dispatch itself: the dispatch is read by the
/// extraction pipeline and its <c>request</c> fields (deadline, period, outline) and number/title fill the form.
/// The outline is kept with the request, so that the reports answering it are checked against it (outline-missing).
/// </summary>
[Authorize(Policy = Policies.Review)]
public sealed class CreateModel(TongHopDbContext db, ExtractionPipeline pipeline, CurrentCatalog catalogs, TimeProvider clock) : PageModel
{
    [BindProperty]
    public CreateRequestInput Input { get; set; } = new();

    public IReadOnlyList<OrgUnit> Units { get; private set; } = [];

    /// <summary>The indicator catalog: the indicators a request may ask for, by group.</summary>
    public IndicatorCatalog Catalog { get; private set; } = IndicatorCatalog.Default;

    public IReadOnlyList<IndicatorDefinition> Indicators => Catalog.Indicators;

    public List<string> Errors { get; } = [];

    public string? Notice { get; private set; }

    /// <summary>The outline the form carries (read from the dispatch), shown so the user sees what reports will be checked against.</summary>
    public IReadOnlyList<Section> Outline => RequestOutline.Of(Input.OutlineJson);

    public async Task OnGetAsync() => await LoadChoicesAsync();

    public async Task<IActionResult> OnPostFromDispatchAsync(IFormFile? dispatch)
    {
        await LoadChoicesAsync();
        if (dispatch is null || dispatch.Length is 0 or > 50L * 1024 * 1024)
        {
            Notice = "Chưa chọn tệp công văn hợp lệ.";
            return Page();
        }

        using var buffer = new MemoryStream();
        await dispatch.CopyToAsync(buffer);
        var read = pipeline.Reader.Read(buffer.ToArray(), dispatch.FileName);
        if (!read.Succeeded)
        {
            Notice = "Không đọc được công văn: " + read.Error;
            return Page();
        }

        Prefill(pipeline.Extract(read.Source));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadChoicesAsync();
        Validate();
        if (!RequestOutline.TryParse(Input.OutlineJson, out var outline))
        {
            Errors.Add("Đề cương đọc từ công văn bị hỏng; vui lòng đọc lại công văn.");
        }

        if (Errors.Count > 0)
        {
            return Page();
        }

        var request = new ReportRequest
        {
            Title = Input.Title!.Trim(), DispatchNumber = Input.DispatchNumber?.Trim(), PeriodLabel = Input.PeriodLabel!.Trim(),
            PeriodFrom = Input.PeriodFrom, PeriodTo = Input.PeriodTo,
            DeadlineUtc = Deadline.FromLocal(Input.DeadlineDate!.Value.ToDateTime(Input.DeadlineTime)).Utc,
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime, CreatedBy = User.Identity?.Name, RemindDaysBefore = Math.Clamp(Input.RemindDaysBefore, 0, 30),
            Recipients = Input.UnitIds.Distinct().Where(id => Units.Any(u => u.Id == id)).Select(id => new RequestRecipient { UnitId = id }).ToList(),
            Indicators = ChosenIndicators().Select(key => new RequestIndicator { IndicatorKey = key }).ToList(),
            OutlineJson = RequestOutline.ToJson(outline),
        };
        db.Requests.Add(request);
        await db.SaveChangesAsync();
        return Redirect($"/Requests/{request.Id}");
    }

    private void Prefill(Core.Extraction.ExtractionResult result)
    {
        Input.Title = result.Document.Title ?? Input.Title;
        Input.DispatchNumber = result.Document.Number ?? Input.DispatchNumber;
        if (result.Request is { } r)
        {
            Input.PeriodLabel = r.Period?.Label ?? Input.PeriodLabel;
            Input.PeriodFrom = r.Period?.From ?? Input.PeriodFrom;
            Input.PeriodTo = r.Period?.To ?? Input.PeriodTo;
            Input.DeadlineDate = r.Deadline is { } d ? DateOnly.FromDateTime(d) : Input.DeadlineDate;
            Input.DeadlineTime = r.Deadline is { } t ? TimeOnly.FromDateTime(t) : Input.DeadlineTime;
            Input.OutlineJson = RequestOutline.ToJson(r.Outline);
        }

        Notice = result.Request is null
            ? "Đã đọc công văn nhưng không thấy hạn nộp/kỳ báo cáo; vui lòng điền tay."
            : "Đã điền sẵn từ công văn; kiểm tra lại trước khi tạo.";
    }

    private void Validate()
    {
        if (string.IsNullOrWhiteSpace(Input.Title)) { Errors.Add("Cần nhập tên yêu cầu."); }
        if (string.IsNullOrWhiteSpace(Input.PeriodLabel)) { Errors.Add("Cần nhập kỳ báo cáo."); }
        if (Input.DeadlineDate is null) { Errors.Add("Cần nhập hạn nộp."); }
        if (Input.PeriodFrom > Input.PeriodTo) { Errors.Add("Ngày bắt đầu kỳ báo cáo phải trước ngày kết thúc."); }
        if (Input.UnitIds.Count == 0) { Errors.Add("Cần chọn ít nhất một đơn vị nhận."); }
    }

    // A subset of the catalog is stored as RequestIndicator rows; the whole catalog as none, so that indicators an
    // administrator adds later are asked for too.
    private List<string> ChosenIndicators()
    {
        var keys = Input.IndicatorKeys.Distinct(StringComparer.Ordinal).Where(k => Indicators.Any(i => i.Key == k)).ToList();
        return keys.Count == Indicators.Count ? [] : keys;
    }

    public bool IsChosen(string key) => Input.IndicatorKeys.Count == 0 || Input.IndicatorKeys.Contains(key);

    private async Task LoadChoicesAsync()
    {
        Units = await db.Units.AsNoTracking().Where(u => u.Kind != OrgUnitKind.Province && u.ClosedOn == null).OrderBy(u => u.Name).ToListAsync();
        Catalog = await catalogs.GetAsync(db, HttpContext.RequestAborted);
    }
}
