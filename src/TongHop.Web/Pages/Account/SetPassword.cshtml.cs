using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TongHop.Storage.Identity;

namespace TongHop.Web.Pages.Account;

/// <summary>Sets a password from an e-mailed link (an Identity password-reset token, valid once): a new unit account's first password.</summary>
[AllowAnonymous]
public sealed class SetPasswordModel(UserManager<AppUser> users) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? UserId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty]
    public string? Confirm { get; set; }

    public string? Error { get; private set; }

    public bool Done { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (Password != Confirm)
        {
            Error = "Hai lần nhập mật khẩu không khớp.";
            return Page();
        }

        var user = UserId is null ? null : await users.FindByIdAsync(UserId);
        var result = user is null || Token is null || Password is null
            ? IdentityResult.Failed(new IdentityError { Description = "Đường dẫn không hợp lệ." })
            : await users.ResetPasswordAsync(user, Token, Password);
        if (!result.Succeeded)
        {
            Error = result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.InvalidToken))
                ? "Đường dẫn đã dùng hoặc đã hết hạn; đề nghị quản trị gửi lại."
                : string.Join(" ", result.Errors.Select(e => e.Description));
            return Page();
        }

        Done = true;
        return Page();
    }
}
