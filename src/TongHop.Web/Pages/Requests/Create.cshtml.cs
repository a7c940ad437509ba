using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TongHop.Application.Catalog;
using TongHop.Application.Processing;
using TongHop.Application.Requests;
using TongHop.Application.Security;
using TongHop.Application.Users;
using TongHop.Extraction.Indicators.Catalog;
using TongHop.Storage;
using TongHop.Storage.Entities;
using TongHop.Web.Formatting;

namespace TongHop.Web.Pages.Requests;

/// <summary>
/// Creates a report request, by hand or from the dispatch itself in one step: choosing the dispatch file and pressing
/// "Tạo yêu cầu" reads it (number, date, subject, period, deadline with its hour, outline) and creates the request when
/// those fields are complete; "Đọc công văn" only fills the form, to check and edit (the outline too) before creating.
/// The outline is kept with the request, so that the reports answering it are checked against it (outline-missing).
/// </summary>
[Authorize(Policy = Policies.Review)]
public sealed class CreateModel(TongHopDbContext db, DispatchReading dispatches, RequestChanges changes, CurrentCatalog catalogs) : PageModel
{
    [BindProperty]
    public CreateRequestInput Input { get; set; } = new();

    public IReadOnlyList<OrgUnit> Units { get; private set; } = [];

    /// <summary>The indicator catalog: the indicators a request may ask for, by group.</summary>
    public IndicatorCatalog Catalog { get; private set; } = IndicatorCatalog.Default;

    public IReadOnlyList<IndicatorDefinition> Indicators => Catalog.Indicators;

    public List<string> Errors { get; } = [];

    public string? Notice { get; private set; }

    /// <summary>Whether the form shows the "keep a past deadline" box (after the warning).</summary>
    public bool PastDeadline => Errors.Contains(RequestChanges.PastDeadline) || Input.AllowPastDeadline;

    /// <summary>A new request starts from the number's symbol, the signer and the addressees of the last request that set them.</summary>
    public async Task OnGetAsync()
    {
        await LoadChoicesAsync();
        Input.Show(await RequestSigning.LatestAsync(db, HttpContext.RequestAborted));
    }

    public async Task<IActionResult> OnPostFromDispatchAsync(IFormFile? dispatch)
    {
        await LoadChoicesAsync();
        if (await ReadDispatchAsync(dispatch) is false)
        {
            return Page();
        }

        Notice ??= "Chưa chọn tệp công văn.";
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(IFormFile? dispatch)
    {
        await LoadChoicesAsync();
        if (dispatch is not null && await ReadDispatchAsync(dispatch) is false)
        {
            return Page();
        }

        if (!RequestOutline.TryParseText(Input.OutlineText, out var outline, out var outlineError))
        {
            Errors.Add(outlineError!);
            return Page();
        }

        var created = await changes.CreateAsync(User, Input.ToFields(outline), ChosenIndicators(), Input.DispatchSha256, HttpContext.RequestAborted);
        if (!created.Succeeded)
        {
            Errors.AddRange(created.Errors);
            return Page();
        }

        return Redirect($"/Requests/{created.Request!.Id}");
    }

    // Reads a chosen dispatch into the form: false (with the reason shown) when it cannot be read; null when none was chosen.
    private async Task<bool?> ReadDispatchAsync(IFormFile? dispatch)
    {
        if (dispatch is null || dispatch.Length == 0)
        {
            return null;
        }

        await using var stream = dispatch.OpenReadStream();
        var read = await dispatches.ReadAsync(dispatch.FileName, stream, HttpContext.RequestAborted);
        if (!read.Succeeded)
        {
            Errors.Add(read.Error!);
            return false;
        }

        Input.Fill(read.Draft!);
        Notice = read.Draft!.DeadlineLocal is null && read.Draft.Period is null
            ? $"Đã đọc công văn «{read.Draft.FileName}» nhưng không thấy hạn nộp/kỳ báo cáo; vui lòng điền tay."
            : $"Đã điền sẵn từ công văn «{read.Draft.FileName}»; kiểm tra lại (cả đề cương) trước khi tạo.";
        return true;
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
