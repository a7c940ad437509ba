using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using TongHop.Application.Mail;
using TongHop.Storage;
using TongHop.Storage.Entities;
using TongHop.Storage.Identity;

namespace TongHop.Application.Users;

/// <summary>
/// Accounts for many units at once: one reporter account per unit (the least privilege: its own unit's reports), named
/// after the unit's code, with no password. Each person sets theirs from a link (an Identity password-reset token, valid
/// once) sent to the unit's address; nobody, the administrator included, ever sees a password. When mail is off or a
/// message is refused, the link is given back to show once to the administrator, who hands it over.
/// </summary>
public sealed class UnitAccounts(TongHopDbContext db, UserManager<AppUser> users, MailSender mail)
{
    /// <summary>One line of the result: the account made (or why not) and whether its link went by mail.</summary>
    public sealed record Result(string UnitCode, string? UserName, string? Email, string? Error, bool Mailed, string? Link);

    /// <summary>Reads "code;email" (or "code,email") lines; a header line and blank lines are skipped.</summary>
    public static IReadOnlyList<(string Code, string Email)> ParseCsv(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var rows = new List<(string, string)>();
        foreach (var raw in text.Replace("\r", "", StringComparison.Ordinal).Split('\n'))
        {
            var cells = raw.Trim().TrimStart('\uFEFF').Split(raw.Contains(';', StringComparison.Ordinal) ? ';' : ',').Select(c => c.Trim().Trim('"')).ToArray();
            if (cells.Length >= 2 && cells[1].Contains('@', StringComparison.Ordinal))
            {
                rows.Add((cells[0], cells[1]));
            }
        }

        return rows;
    }

    /// <param name="rows">Unit code and e-mail; null for every unit of the list that has a contact e-mail.</param>
    public async Task<IReadOnlyList<Result>> CreateAsync(IReadOnlyList<(string Code, string Email)>? rows, CancellationToken cancellationToken = default)
    {
        var units = await db.Units.AsNoTracking().Where(u => u.Kind != OrgUnitKind.Province).ToListAsync(cancellationToken);
        rows ??= [.. units.Where(u => !string.IsNullOrWhiteSpace(u.ContactEmail)).OrderBy(u => u.Code, StringComparer.Ordinal).Select(u => (u.Code, u.ContactEmail!.Trim()))];
        var byCode = units.ToDictionary(u => u.Code, StringComparer.OrdinalIgnoreCase);
        var results = new List<Result>();
        var links = new List<(int Index, AppUser User, OrgUnit Unit, string Link)>();
        foreach (var (code, email) in rows)
        {
            if (!byCode.TryGetValue(code, out var unit))
            {
                results.Add(new Result(code, null, email, "Không có đơn vị mã này.", false, null));
                continue;
            }

            var name = unit.Code.ToLowerInvariant();
            if (await users.FindByNameAsync(name) is not null)
            {
                results.Add(new Result(unit.Code, name, email, "Đơn vị đã có tài khoản.", false, null));
                continue;
            }

            var user = new AppUser { UserName = name, Email = email, DisplayName = unit.Name, UnitId = unit.Id };
            var created = await users.CreateAsync(user);
            if (!created.Succeeded)
            {
                results.Add(new Result(unit.Code, name, email, UserAdministration.Describe(created), false, null));
                continue;
            }

            await users.AddToRoleAsync(user, AppRoles.Reporter);
            var token = await users.GeneratePasswordResetTokenAsync(user);
            var link = $"{mail.PublicUrl}/Account/SetPassword?userId={Uri.EscapeDataString(user.Id)}&token={Uri.EscapeDataString(token)}";
            links.Add((results.Count, user, unit, link));
            results.Add(new Result(unit.Code, name, email, null, false, link));
        }

        await MailLinksAsync(results, links, cancellationToken);
        return results;
    }

    private async Task MailLinksAsync(List<Result> results, List<(int Index, AppUser User, OrgUnit Unit, string Link)> links, CancellationToken cancellationToken)
    {
        if (links.Count == 0 || !(await mail.GetOptionsAsync(cancellationToken)).Enabled)
        {
            return;
        }

        var messages = links.Select(l => mail.Compose(l.User.Email!, l.Unit.ContactName ?? l.Unit.Name, "Tài khoản gửi báo cáo của " + l.Unit.Name,
            $"""
            Kính gửi {l.Unit.ContactName ?? l.Unit.Name},

            Sở Khoa học và Công nghệ đã tạo tài khoản để {l.Unit.Name} gửi báo cáo định kỳ qua hệ thống TongHop.
            Tên đăng nhập: {l.User.UserName}

            Mời đặt mật khẩu (đường dẫn chỉ dùng được một lần):
            {l.Link}

            Sau đó đăng nhập tại {mail.PublicUrl}/Account/Login.
            """)).ToList();
        IReadOnlyList<string?> sent;
        try
        {
            sent = await mail.SendAsync(messages, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            sent = [.. links.Select(_ => (string?)e.Message)];
        }

        for (var i = 0; i < links.Count; i++)
        {
            var index = links[i].Index;
            // A mailed link is not shown again: it is in the unit's mailbox only.
            results[index] = sent[i] is null ? results[index] with { Mailed = true, Link = null } : results[index] with { Error = "Không gửi được thư: " + sent[i] };
        }
    }
}
