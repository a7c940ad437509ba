using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TongHop.Application.Catalog;
using TongHop.Application.DocumentReview;
using TongHop.Application.Labels;
using TongHop.Application.PageImages;
using TongHop.Application.Processing;
using TongHop.Application.Review;
using TongHop.Application.Security;
using TongHop.Application.Users;
using TongHop.Checks.Outline;
using TongHop.Storage;
using TongHop.Storage.Entities;
using TongHop.Storage.Files;
using TongHop.Storage.Identity;
using TongHop.Text.Normalization;
using TongHop.Text.Numbers;

namespace TongHop.Web.Pages.Submissions;

/// <summary>
/// The review page: the page images of the original (or the restored text) beside the extracted values; a value's
/// evidence is boxed on the page and highlighted in the text on click; the document's metadata and the values are
/// confirmed or corrected in place, each decision audited. An invalid correction is explained beside the field it was
/// typed in. Another unit's submission is a 404 for a reporter, its page images too.
/// </summary>
public sealed class ReviewModel(
    TongHopDbContext db, ReviewService review, DocumentReviewService documents, OriginalStore originals, PageImageStore pageImages, ReportReviewService reports, CurrentCatalog catalogs, Permissions permissions)
    : PageModel
{
    public Submission? Submission { get; private set; }

    public IReadOnlyList<ReportedValue> Values { get; private set; } = [];

    public IReadOnlyList<FindingRecord> Findings { get; private set; } = [];

    /// <summary>Values far from what the unit reported for the previous period (<see cref="PeriodJumps"/>), both figures shown.</summary>
    public IReadOnlyList<PeriodJump> Jumps { get; private set; } = [];

    /// <summary>The shown text's words at a finding's span, as the place its figures come from (at most 240 letters).</summary>
    public string? Quote(int? start, int? end)
    {
        if (Text is not { } text || start is not { } s || end is not { } e || s < 0 || e > text.Length || e <= s)
        {
            return null;
        }

        var quote = text[s..e].Replace('\n', ' ').Replace('\t', ' ').Trim();
        return quote.Length > 240 ? quote[..239] + "…" : quote;
    }

    public IReadOnlyList<ReviewEvent> Events { get; private set; } = [];

    public IReadOnlyDictionary<string, string> Names { get; private set; } = new Dictionary<string, string>();

    public ReviewedDocument Document { get; private set; } = ReviewedDocument.Empty;

    /// <summary>How many page images the original has (0: text or DOCX; the text is shown alone).</summary>
    public int PageCount { get; private set; }

    /// <summary>Whether the original's pages are still being laid out (a DOCX or text report whose layout job waits or runs).</summary>
    public bool LayoutPending { get; private set; }

    public int? NextId { get; private set; }

    /// <summary>The value or field whose correction was refused, the reason, and what was typed (shown again in place).</summary>
    public (string Target, string Message, string? Typed)? Invalid { get; private set; }

    private StoredPages _words = StoredPages.Empty;

    /// <summary>The report's review trail, oldest first.</summary>
    public IReadOnlyList<SubmissionReviewEvent> ReportEvents { get; private set; } = [];

    /// <summary>What this user may do with the report now (the buttons shown).</summary>
    public IReadOnlyList<ReportAction> ReportActions { get; private set; } = [];

    /// <summary>The comments of the latest return, shown to the unit.</summary>
    public SubmissionReviewEvent? LastReturn => ReportEvents.LastOrDefault(e => e.ToState == SubmissionReview.Returned);

    /// <summary>Whether a newer version of this unit's report exists (this one no longer moves).</summary>
    public bool Superseded { get; private set; }

    public bool Locked => Submission is { } s && ReportStates.IsLocked(s.Review);

    /// <summary>The submission's files (main report, annexes); the text shown is <see cref="Shown"/>'s.</summary>
    public IReadOnlyList<SubmissionFile> Files { get; private set; } = [];

    /// <summary>The file whose text is shown (the main report unless <c>?file=</c> names an annex); null for a submission without file rows.</summary>
    public SubmissionFile? Shown { get; private set; }

    /// <summary>The text beside the values: the shown file's restored text.</summary>
    public string? Text => Shown is { Role: SubmissionFileRole.Annex } annex ? annex.RestoredText : Submission?.RestoredText;

    /// <summary>Whether a value (or finding) is read from the shown text, so its evidence can be highlighted there.</summary>
    public bool InShownText(int? fileId) => fileId is null ? Shown is null or { Role: SubmissionFileRole.Main } : fileId == Shown?.Id;

    public string FileNameOf(int? fileId) => Files.FirstOrDefault(f => f.Id == fileId)?.FileName ?? Submission?.FileName ?? "";

    /// <summary>Confirm, correct or reject values (<see cref="Policies.Review"/>).</summary>
    public bool CanReview { get; private set; }

    public static string ReviewLabel(ReviewState state) => VietnameseLabels.Review(state);

    /// <summary>A value not yet reviewed that the reader was not sure of (<see cref="TongHop.Core.Extraction.IndicatorValue.SureConfidence"/>): the
    /// page lists these first and marks them.</summary>
    public static bool IsDoubtful(ReportedValue value) =>
        value.Review == ReviewState.Auto && value.Confidence < TongHop.Core.Extraction.IndicatorValue.SureConfidence;

    /// <summary>How many values <see cref="IsDoubtful"/> puts first.</summary>
    public int DoubtfulCount => Values.Count(IsDoubtful);

    public string NameOfValue(long valueId) =>
        Values.FirstOrDefault(v => v.Id == valueId) is { } v ? Names.GetValueOrDefault(v.IndicatorKey, v.IndicatorKey) : valueId.ToString(VietnameseText.Culture);

    /// <summary>The evidence's boxes on the page images, for the row's <c>data-boxes</c>.</summary>
    public string BoxesOf(int? start, int? end) =>
        start is { } s && end is { } e ? EvidenceBoxes.ToAttribute(EvidenceBoxes.For(_words, s, e)) : "";

    /// <summary>The findings as the page lists them: the outline's missing sections as one line, the others one each.</summary>
    public IEnumerable<(string Code, string Title, string Severity, string Message, int? Start, int? End, int? FileId)> FindingLines()
    {
        var missing = Findings.Where(f => f.Code == OutlineMissingCheck.Code).ToList();
        if (missing.Count > 0)
        {
            var titles = missing.Select(f => "“" + (f.About ?? f.Message) + "”");
            yield return (OutlineMissingCheck.Code, VietnameseLabels.Finding(OutlineMissingCheck.Code), VietnameseLabels.Severity(missing[0].Severity),
                $"Báo cáo chưa có {missing.Count} mục mà đề cương yêu cầu: {string.Join("; ", titles)}.", null, null, missing[0].SubmissionFileId);
        }

        foreach (var f in Findings.Where(f => f.Code != OutlineMissingCheck.Code))
        {
            yield return (f.Code, VietnameseLabels.Finding(f.Code), VietnameseLabels.Severity(f.Severity), f.Message, f.SpanStart, f.SpanEnd, f.SubmissionFileId);
        }
    }

    public async Task<IActionResult> OnGetAsync(int id, int? file)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        Shown = file is { } chosen ? Files.FirstOrDefault(f => f.Id == chosen) : Files.FirstOrDefault(f => f.Role == SubmissionFileRole.Main);
        if (Shown is { Role: SubmissionFileRole.Annex })
        {
            // The page images and word boxes are the main report's; an annex is shown as text.
            PageCount = 0;
            LayoutPending = false;
            _words = StoredPages.Empty;
        }

        return file is not null && Shown is null ? NotFound() : Page();
    }

    public async Task<IActionResult> OnGetFileAsync(int id, int fileId)
    {
        if (!await LoadAsync(id) || Files.FirstOrDefault(f => f.Id == fileId) is not { } file)
        {
            return NotFound();
        }

        return File(originals.OpenRead(file.FileSha256), "application/octet-stream", file.FileName);
    }

    public async Task<IActionResult> OnGetOriginalAsync(int id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        return File(originals.OpenRead(Submission!.FileSha256), "application/octet-stream", Submission.FileName);
    }

    /// <summary>Page <paramref name="n"/> of the original as an image, for whoever may see the submission.</summary>
    public async Task<IActionResult> OnGetPageAsync(int id, int n)
    {
        var submission = await db.Submissions.AsNoTracking().Where(s => s.Id == id).Select(s => new { s.UnitId, s.FileSha256 }).SingleOrDefaultAsync();
        if (submission is null || !(await permissions.UnitsOfAsync(User)).CanSee(submission.UnitId) || pageImages.ImagePath(submission.FileSha256, n) is not { } path)
        {
            return NotFound();
        }

        Response.Headers.CacheControl = "private, max-age=86400";
        return PhysicalFile(path, "image/jpeg");
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
                return await InvalidAsync(id, "v" + valueId, string.IsNullOrWhiteSpace(value)
                    ? "Chưa nhập giá trị đúng. Hãy nhập một số, ví dụ 1.234,5 hoặc 85,3."
                    : $"“{value.Trim()}” không phải là số. Hãy nhập bằng chữ số theo cách viết Việt Nam: dấu chấm ngăn nghìn, dấu phẩy thập phân, ví dụ 1.234,5.", value);
            }

            corrected = parsed;
        }

        // The service checks that the value belongs to this submission before it writes anything.
        try
        {
            var updated = await review.ApplyAsync(User, valueId, action, corrected, null, id, HttpContext.RequestAborted);
            return updated is null ? NotFound() : Redirect($"/Submissions/{id}#v{valueId}");
        }
        catch (ReportLockedException locked)
        {
            TempData["error"] = locked.Message;
            return Redirect($"/Submissions/{id}");
        }
    }

    public async Task<IActionResult> OnPostStateAsync(int id, string? reportAction, string? comment)
    {
        if (!ReportStates.TryParse(reportAction, out var action))
        {
            return BadRequest();
        }

        var outcome = await reports.ApplyAsync(User, id, action, comment, HttpContext.RequestAborted);
        if (outcome.Status == StatusCodes.Status404NotFound)
        {
            return NotFound();
        }

        TempData[outcome.Succeeded ? "ok" : "error"] = outcome.Succeeded
            ? $"Đã chuyển báo cáo sang trạng thái \"{ReportStates.Label(outcome.Submission!.Review)}\"."
            : outcome.Error;
        return Redirect($"/Submissions/{id}");
    }

    public async Task<IActionResult> OnPostFieldAsync(int id, string field, ReviewAction action, string? value)
    {
        if (!await permissions.AllowsAsync(User, Policies.Review))
        {
            return Forbid();
        }

        var outcome = await documents.ApplyAsync(User, id, field, action, value, HttpContext.RequestAborted);
        if (outcome.NotFound)
        {
            return NotFound();
        }

        return outcome.Error is { } error ? await InvalidAsync(id, "f-" + field, error, value) : Redirect($"/Submissions/{id}#f-{field}");
    }

    private async Task<IActionResult> InvalidAsync(int id, string target, string message, string? typed)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        Invalid = (target, message, typed);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task<bool> LoadAsync(int id)
    {
        Submission = await db.Submissions.AsNoTracking().Include(s => s.Unit).Include(s => s.Request).SingleOrDefaultAsync(s => s.Id == id);
        var units = await permissions.UnitsOfAsync(User);
        if (Submission is null || !units.CanSee(Submission.UnitId))
        {
            return false;
        }

        Files = await db.SubmissionFiles.AsNoTracking().Where(f => f.SubmissionId == id).OrderBy(f => f.Position).ToListAsync();
        // The doubtful values not yet reviewed first, each group in the order of the text (OrderBy is stable).
        Values = [.. (await db.Values.AsNoTracking().Where(v => v.SubmissionId == id).OrderBy(v => v.SpanStart).ThenBy(v => v.Id).ToListAsync())
            .OrderBy(v => IsDoubtful(v) ? 0 : 1)];
        Findings = await db.Findings.AsNoTracking().Where(f => f.SubmissionId == id).ToListAsync();
        Jumps = await PeriodJumps.OfAsync(db, Submission, Values, HttpContext.RequestAborted);
        var valueIds = Values.Select(v => v.Id).ToList();
        Events = await db.ReviewEvents.AsNoTracking().Where(e => valueIds.Contains(e.ValueId)).OrderByDescending(e => e.Id).Take(50).ToListAsync();
        Names = (await catalogs.GetAsync(db, HttpContext.RequestAborted)).Indicators.ToDictionary(i => i.Key, i => i.Name);
        CanReview = await permissions.AllowsAsync(User, Policies.Review);
        Document = await documents.GetAsync(User, id, HttpContext.RequestAborted) ?? ReviewedDocument.Empty;
        PageCount = pageImages.PageCount(Submission.FileSha256);
        _words = PageCount > 0 ? pageImages.Words(Submission.FileSha256) : StoredPages.Empty;
        LayoutPending = PageCount == 0 && await db.Jobs.AnyAsync(j => j.SubmissionId == id && j.Kind == JobKinds.Layout && (j.State == JobState.Queued || j.State == JobState.Running));
        ReportEvents = await db.SubmissionReviewEvents.AsNoTracking().Where(e => e.SubmissionId == id).OrderBy(e => e.Id).ToListAsync();
        Superseded = await db.Submissions.AnyAsync(s => s.RequestId == Submission.RequestId && s.UnitId == Submission.UnitId && s.Version > Submission.Version);
        ReportActions = Superseded ? [] : await AllowedActionsAsync(Submission.Review);
        NextId = units.IsLimited ? null : await db.Submissions.Where(s => s.RequestId == Submission.RequestId && s.Id > id).OrderBy(s => s.Id).Select(s => (int?)s.Id).FirstOrDefaultAsync();
        return true;
    }

    // The same policies as the service, so a button is shown only where the action would succeed.
    private async Task<IReadOnlyList<ReportAction>> AllowedActionsAsync(SubmissionReview state)
    {
        var review = await permissions.AllowsAsync(User, Policies.Review);
        var accept = await permissions.AllowsAsync(User, Policies.Accept);
        return Enum.GetValues<ReportAction>().Where(a => ReportStates.Next(state, a) is not null && a switch
        {
            ReportAction.Accept => accept,
            ReportAction.Reopen => state == SubmissionReview.Accepted ? accept : accept || review,
            _ => review,
        }).ToList();
    }
}
