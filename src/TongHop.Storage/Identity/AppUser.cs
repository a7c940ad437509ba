using Microsoft.AspNetCore.Identity;

namespace TongHop.Storage.Identity;

/// <summary>A person who logs in; a unit reporter is bound to <see cref="UnitId"/>.</summary>
public sealed class AppUser : IdentityUser
{
    public string? DisplayName { get; set; }

    public int? UnitId { get; set; }
}
