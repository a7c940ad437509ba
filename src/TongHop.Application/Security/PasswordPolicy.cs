using System.Reflection;
using Microsoft.AspNetCore.Identity;
using TongHop.Storage.Identity;
using TongHop.Text.Normalization;

namespace TongHop.Application.Security;

/// <summary>
/// The password rule beyond length (NIST SP 800-63B: no composition rules, but a check against passwords known to be
/// common or guessable): refused are passwords of few distinct characters (<c>aaaaaaaaaa</c>, <c>1212121212</c>), only
/// digits (dates, phone numbers), keyboard or alphabet runs, ones containing the user name, and ones whose letters are a
/// common word or phrase (<c>CommonPasswords.txt</c>) once digits and symbols are taken out (<c>password12</c>,
/// <c>Matkhau@2025</c>, <c>p4ssw0rd!!</c>). Messages are Vietnamese.
/// </summary>
public sealed class PasswordPolicy : IPasswordValidator<AppUser>
{
    private const int MinDistinct = 5;
    private const string Runs = "abcdefghijklmnopqrstuvwxyz qwertyuiopasdfghjklzxcvbnm 01234567890 09876543210 zyxwvutsrqponmlkjihgfedcba";

    private static readonly Lazy<HashSet<string>> Common = new(Load);

    public Task<IdentityResult> ValidateAsync(UserManager<AppUser> manager, AppUser user, string? password)
    {
        ArgumentNullException.ThrowIfNull(user);
        return Task.FromResult(Check(password ?? "", user.UserName) is { } error
            ? IdentityResult.Failed(new IdentityError { Code = "PasswordGuessable", Description = error })
            : IdentityResult.Success);
    }

    /// <returns>Why the password is refused (Vietnamese), or null when it is acceptable.</returns>
    public static string? Check(string password, string? userName = null)
    {
        ArgumentNullException.ThrowIfNull(password);
        var folded = VietnameseText.FoldLower(password);
        if (folded.Distinct().Count() < MinDistinct)
        {
            return $"Mật khẩu dễ đoán: cần ít nhất {MinDistinct} ký tự khác nhau.";
        }

        if (folded.All(char.IsAsciiDigit))
        {
            return "Mật khẩu dễ đoán: không được chỉ gồm chữ số (ngày sinh, số điện thoại…).";
        }

        var compact = new string(folded.Where(char.IsAsciiLetterOrDigit).ToArray());
        if (compact.Length >= 4 && Runs.Contains(compact, StringComparison.Ordinal))
        {
            return "Mật khẩu dễ đoán: là một dãy phím hoặc dãy chữ liền nhau.";
        }

        if (userName is { Length: >= 4 } && compact.Contains(new string(VietnameseText.FoldLower(userName).Where(char.IsAsciiLetterOrDigit).ToArray()), StringComparison.Ordinal))
        {
            return "Mật khẩu không được chứa tên đăng nhập.";
        }

        // Digits and symbols around a word ("password12", "2025matkhau!") are taken off; inside it they are look-alikes (p4ssw0rd).
        var first = folded.AsSpan().IndexOfAnyInRange('a', 'z');
        var last = folded.AsSpan().LastIndexOfAnyInRange('a', 'z');
        var letters = first < 0 ? "" : Letters(folded[first..(last + 1)]);
        return letters.Length == 0 || IsCommon(letters)
            ? "Mật khẩu quá phổ biến (có trong danh sách mật khẩu hay bị lộ). Hãy dùng một cụm từ dài, riêng của bạn."
            : null;
    }

    // The letters of the password, look-alike digits read as letters and everything else dropped.
    private static string Letters(string folded) => new(folded.Select(c => c switch
    {
        '0' => 'o', '1' => 'i', '3' => 'e', '4' => 'a', '5' => 's', '7' => 't', '@' => 'a', '$' => 's', '!' => 'i',
        _ => c,
    }).Where(char.IsAsciiLetter).ToArray());

    // A common word, or a common word said again and again ("passpasspass").
    private static bool IsCommon(string letters)
    {
        if (Common.Value.Contains(letters))
        {
            return true;
        }

        for (var length = 2; length <= letters.Length / 2; length++)
        {
            if (letters.Length % length == 0 && string.Concat(Enumerable.Repeat(letters[..length], letters.Length / length)) == letters)
            {
                return true;
            }
        }

        return false;
    }

    private static HashSet<string> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("TongHop.Application.Security.CommonPasswords.txt")
            ?? throw new InvalidOperationException("CommonPasswords.txt is not embedded");
        using var reader = new StreamReader(stream);
        var words = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
            {
                words.Add(line.Trim());
            }
        }

        return words;
    }
}
