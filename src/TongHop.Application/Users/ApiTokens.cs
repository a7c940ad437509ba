using System.Security.Cryptography;
using System.Text;
using TongHop.Storage;
using TongHop.Storage.Entities;

namespace TongHop.Application.Users;

/// <summary>Creates bearer tokens for integrators. The token is returned once; only its SHA-256 is stored.</summary>
public static class ApiTokens
{
    public const string Prefix = "th_";

    /// <summary>The authentication scheme of <c>Authorization: Bearer th_…</c>.</summary>
    public const string SchemeName = "Bearer";

    public static async Task<string> CreateAsync(TongHopDbContext db, string userId, string name, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(db);
        var token = Prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).Replace('+', '-').Replace('/', '_').TrimEnd('=');
        db.ApiTokens.Add(new ApiToken { UserId = userId, Name = name, TokenHash = Hash(token), CreatedAtUtc = nowUtc });
        await db.SaveChangesAsync();
        return token;
    }

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
