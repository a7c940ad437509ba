namespace TongHop.Storage.Entities;

/// <summary>
/// A bearer token for integrators, acting as its user (same roles, same unit). Only the SHA-256 of the
/// token is stored; the token itself is shown once when created.
/// </summary>
public sealed class ApiToken
{
    public int Id { get; set; }

    public required string UserId { get; set; }

    public required string Name { get; set; }

    public required string TokenHash { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public DateTime? RevokedAtUtc { get; set; }
}
