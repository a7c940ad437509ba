using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TongHop.Application.Security;
using TongHop.Application.Users;
using TongHop.Storage;
using TongHop.Storage.Entities;
using TongHop.Storage.Identity;

namespace TongHop.Web.Pages.Account;

/// <summary>Each user creates and revokes their own API tokens.</summary>
public sealed class TokensModel(TongHopDbContext db, UserManager<AppUser> users, TimeProvider clock) : PageModel
{
    public IReadOnlyList<ApiToken> Tokens { get; private set; } = [];

    public string? NewToken { get; private set; }

    [BindProperty]
    public string? Name { get; set; }

    public async Task OnGetAsync() => Tokens = await MineAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        var userId = users.GetUserId(User)!;
        NewToken = await ApiTokens.CreateAsync(db, userId, string.IsNullOrWhiteSpace(Name) ? "token" : Name.Trim(), clock.GetUtcNow().UtcDateTime);
        Tokens = await MineAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(int id)
    {
        var userId = users.GetUserId(User);
        var token = await db.ApiTokens.SingleOrDefaultAsync(t => t.Id == id && t.UserId == userId);
        if (token is null)
        {
            return NotFound();
        }

        token.RevokedAtUtc = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync();
        return RedirectToPage();
    }

    private async Task<IReadOnlyList<ApiToken>> MineAsync()
    {
        var userId = users.GetUserId(User);
        return await db.ApiTokens.AsNoTracking().Where(t => t.UserId == userId).OrderByDescending(t => t.Id).ToListAsync();
    }
}
