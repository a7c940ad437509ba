namespace TongHop.Storage.Entities;

/// <summary>
/// An original file as received, addressed by the lower-case hex SHA-256 of its bytes. The bytes live
/// on disk (see <see cref="Files.OriginalStore"/>), are written once and never overwritten.
/// </summary>
public sealed class StoredFile
{
    public required string Sha256 { get; set; }

    public long Size { get; set; }

    public DateTime StoredAtUtc { get; set; }
}
