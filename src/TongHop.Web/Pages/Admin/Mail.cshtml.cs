using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using MimeKit;
using TongHop.Application.Mail;
using TongHop.Application.Security;
using TongHop.Storage;
using TongHop.Storage.Entities.Intake;

namespace TongHop.Web.Pages.Admin;

/// <summary>
/// The one mail settings page: the intake mailbox (IMAP) and the server TongHop sends from (SMTP: receipts, reminders).
/// Passwords are never shown; an empty password field keeps the stored one. "Kiểm tra hộp thư ngay" polls at once;
/// "Gửi thư thử" sends a test message. The messages taken in last are listed with their receipt.
/// </summary>
[Authorize(Policy = Policies.Admin)]
public sealed class MailModel(TongHopDbContext db, MailSettingsStore store, MailIntake mailIntake, MailSender sender) : PageModel
{
    [BindProperty]
    public MailSettings Settings { get; set; } = new();

    public IReadOnlyList<IntakeMessage> Messages { get; private set; } = [];

    public bool HasImapPassword { get; private set; }

    public bool HasSmtpPassword { get; private set; }

    public string? Message { get; private set; }

    public bool Failed { get; private set; }

    public async Task OnGetAsync() => await LoadAsync(reloadSettings: true);

    public async Task<IActionResult> OnPostAsync()
    {
        if (Problem(Settings) is { } problem)
        {
            (Message, Failed) = (problem, true);
            await LoadAsync(reloadSettings: false);
            return Page();
        }

        await store.SaveAsync(Settings, User.Identity?.Name, HttpContext.RequestAborted);
        TempData["message"] = "Đã lưu cấu hình thư điện tử.";
        return Redirect("/Admin/Mail");
    }

    public async Task<IActionResult> OnPostPollAsync()
    {
        try
        {
            var result = await mailIntake.PollAsync(HttpContext.RequestAborted);
            TempData["message"] = result.NotRun ?? $"Đã kiểm tra hộp thư: {result.Taken} thư mới được tiếp nhận, {result.Skipped} thư đã nhận trước đây"
                + (result.Failed > 0 ? $", {result.Failed} thư lỗi (sẽ thử lại)." : ".");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            TempData["error"] = "Không kết nối được hộp thư: " + e.Message;
        }

        return Redirect("/Admin/Mail");
    }

    public async Task<IActionResult> OnPostTestAsync(string? to)
    {
        if (string.IsNullOrWhiteSpace(to) || !MailboxAddress.TryParse(to.Trim(), out _))
        {
            TempData["error"] = "Địa chỉ nhận thư thử không hợp lệ.";
            return Redirect("/Admin/Mail");
        }

        try
        {
            await sender.SendAsync(to.Trim(), "Thư thử từ TongHop", "Máy chủ gửi thư (SMTP) của TongHop hoạt động.", HttpContext.RequestAborted);
            TempData["message"] = $"Đã gửi thư thử tới {to.Trim()}.";
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            TempData["error"] = "Không gửi được thư thử: " + e.Message;
        }

        return Redirect("/Admin/Mail");
    }

    private static string? Problem(MailSettings s) =>
        s.ImapPort is < 1 or > 65535 || s.SmtpPort is < 1 or > 65535 ? "Cổng phải từ 1 đến 65535."
        : s.FromAddress is { Length: > 0 } from && !MailboxAddress.TryParse(from.Trim(), out _) ? "Địa chỉ gửi đi không hợp lệ."
        : s.IntakeEnabled && (string.IsNullOrWhiteSpace(s.ImapHost) || string.IsNullOrWhiteSpace(s.ImapUser)) ? "Bật tiếp nhận qua thư cần máy chủ IMAP và tài khoản."
        : null;

    private async Task LoadAsync(bool reloadSettings)
    {
        Message ??= TempData["message"] as string;
        if (TempData["error"] is string error)
        {
            (Message, Failed) = (error, true);
        }

        var stored = await store.GetAsync(HttpContext.RequestAborted);
        (HasImapPassword, HasSmtpPassword) = (!string.IsNullOrEmpty(stored.ImapPassword), !string.IsNullOrEmpty(stored.SmtpPassword));
        if (reloadSettings)
        {
            Settings = stored;
        }

        Settings.ImapPassword = null;
        Settings.SmtpPassword = null;
        Messages = await db.IntakeMessages.AsNoTracking().OrderByDescending(m => m.Id).Take(20).ToListAsync();
    }
}
