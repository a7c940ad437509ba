using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TongHop.Application.Catalog;
using TongHop.Application.Review;
using TongHop.Application.Security;
using TongHop.Application.Users;
using TongHop.Storage;
using TongHop.Storage.Entities;
using TongHop.Storage.Files;
using TongHop.Storage.Identity;
using TongHop.Text.Normalization;
using TongHop.Text.Numbers;

namespace TongHop.Web.Pages.Submissions;

/// <summary>
/// The review page: the restored text beside the extracted values; a value's evidence is highlighted on
/// click; reviewers confirm, correct or reject in place. Another unit's submission is a 404 for a reporter.
/// </summary>
public sealed class ReviewModel(TongHopDbContext db, ReviewService review, OriginalStore originals, CurrentCatalog catalogs, Permissions permissions) : PageModel
{
    public Submission? Submission { get; private set; }

    public IReadOnlyList<ReportedValue> Values { get; private set; } = [];

    public IReadOnlyList<FindingRecord> Findings { get; private set; } = [];

    public IReadOnlyList<ReviewEvent> Events { get; private set; } = [];

    public IReadOnlyDictionary<string, string> Names { get; private set; } = new Dictionary<string, string>();

    public int? NextId { get; private set; }

    /// <summary>Confirm, correct or reject values (<see cref="Policies.Review"/>).</summary>
    public bool CanReview { get; private set; }

    public static string ReviewLabel(ReviewState state) => state switch
    {
        ReviewState.Confirmed => "Đã xác nhận",
        ReviewState.Corrected => "Đã sửa",
        ReviewState.Rejected => "Đã loại",
        _ => "Tự động",
    };

    public string NameOfValue(long valueId) =>
        Values.FirstOrDefault(v => v.Id == valueId) is { } v ? Names.GetValueOrDefault(v.IndicatorKey, v.IndicatorKey) : valueId.ToString(VietnameseText.Culture);

    public async Task<IActionResult> OnGetAsync(int id) => await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnGetOriginalAsync(int id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        return File(originals.OpenRead(Submission!.FileSha256), "application/octet-stream", Submission.FileName);
    }

    public async Task<IActionResult> OnPostReviewAsync(int id, long valueId, ReviewAction action, string? value)
    {
        if (!await permissions.AllowsAsync(User, Policies.Review))
        {
            return Forbid();
        }

        decimal? corrected = null;
        if (action == ReviewAction.Correct)
        {
            if (!VietnameseNumber.TryParseLenient(value, out var parsed))
            {
                TempData["error"] = "Giá trị sửa không hợp lệ.";
                return Redirect($"/Submissions/{id}");
            }

            corrected = parsed;
        }

        var updated = await review.ApplyAsync(User, valueId, action, corrected, null, HttpContext.RequestAborted);
        return updated is null || updated.SubmissionId != id ? NotFound() : Redirect($"/Submissions/{id}#v{valueId}");
    }

    private async Task<bool> LoadAsync(int id)
    {
        Submission = await db.Submissions.AsNoTracking().Include(s => s.Unit).Include(s => s.Request).SingleOrDefaultAsync(s => s.Id == id);
        var units = await permissions.UnitsOfAsync(User);
        if (Submission is null || !units.CanSee(Submission.UnitId))
        {
            return false;
        }

        Values = await db.Values.AsNoTracking().Where(v => v.SubmissionId == id).OrderBy(v => v.SpanStart).ThenBy(v => v.Id).ToListAsync();
        Findings = await db.Findings.AsNoTracking().Where(f => f.SubmissionId == id).ToListAsync();
        var valueIds = Values.Select(v => v.Id).ToList();
        Events = await db.ReviewEvents.AsNoTracking().Where(e => valueIds.Contains(e.ValueId)).OrderByDescending(e => e.Id).Take(50).ToListAsync();
        Names = (await catalogs.GetAsync(db, HttpContext.RequestAborted)).Indicators.ToDictionary(i => i.Key, i => i.Name);
        CanReview = await permissions.AllowsAsync(User, Policies.Review);
        NextId = units.IsLimited ? null : await db.Submissions.Where(s => s.RequestId == Submission.RequestId && s.Id > id).OrderBy(s => s.Id).Select(s => (int?)s.Id).FirstOrDefaultAsync();
        return true;
    }
}
