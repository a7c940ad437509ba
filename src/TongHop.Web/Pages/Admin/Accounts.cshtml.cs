using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TongHop.Application.Security;
using TongHop.Application.Users;

namespace TongHop.Web.Pages.Admin;

/// <summary>Unit accounts in bulk: from a CSV (code; e-mail) or from the unit list's contact addresses (<see cref="UnitAccounts"/>).</summary>
[Authorize(Policy = Policies.Admin)]
public sealed class AccountsModel(UnitAccounts accounts) : PageModel
{
    public IReadOnlyList<UnitAccounts.Result>? Results { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(IFormFile? csv)
    {
        IReadOnlyList<(string Code, string Email)>? rows = null;
        if (csv is { Length: > 0 })
        {
            using var reader = new StreamReader(csv.OpenReadStream());
            rows = UnitAccounts.ParseCsv(await reader.ReadToEndAsync(HttpContext.RequestAborted));
        }

        Results = await accounts.CreateAsync(rows, HttpContext.RequestAborted);
        return Page();
    }
}
