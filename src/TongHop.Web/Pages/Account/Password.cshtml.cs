using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TongHop.Storage.Identity;

namespace TongHop.Web.Pages.Account;

/// <summary>A signed-in user changes their own password (the current one is asked); their other sessions end with the new security stamp.</summary>
public sealed class PasswordModel(UserManager<AppUser> users, SignInManager<AppUser> signIn) : PageModel
{
    public string? Message { get; private set; }

    public bool Failed { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(string? current, string? password, string? confirm)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (password != confirm)
        {
            (Message, Failed) = ("Hai lần nhập mật khẩu mới không khớp.", true);
            return Page();
        }

        var result = await users.ChangePasswordAsync(user, current ?? "", password ?? "");
        if (!result.Succeeded)
        {
            (Message, Failed) = (result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.PasswordMismatch))
                ? "Mật khẩu hiện tại không đúng."
                : string.Join(" ", result.Errors.Select(e => e.Description)), true);
            return Page();
        }

        await signIn.RefreshSignInAsync(user);
        (Message, Failed) = ("Đã đổi mật khẩu.", false);
        return Page();
    }
}
