using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TongHop.Application.Intake;
using TongHop.Application.Security;
using TongHop.Storage;
using TongHop.Storage.Entities;

namespace TongHop.Web.Pages.Submissions;

/// <summary>The receipt (biên nhận) of a submission, to read and to download as PDF; another unit's is a 404 for a reporter.</summary>
public sealed class ReceiptModel(TongHopDbContext db, Permissions permissions) : PageModel
{
    public Submission? Submission { get; private set; }

    public ReceiptDocument? Receipt { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id) => await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnGetPdfAsync(int id) =>
        await LoadAsync(id) ? File(ReceiptPdf.Write(Receipt!), "application/pdf", ReceiptDocument.FileName(Submission!)) : NotFound();

    private async Task<bool> LoadAsync(int id)
    {
        Submission = await db.Submissions.AsNoTracking().Include(s => s.Unit).Include(s => s.Request).Include(s => s.Files).SingleOrDefaultAsync(s => s.Id == id);
        if (Submission is null || !(await permissions.UnitsOfAsync(User)).CanSee(Submission.UnitId))
        {
            return false;
        }

        Receipt = ReceiptDocument.Of(Submission);
        return true;
    }
}
