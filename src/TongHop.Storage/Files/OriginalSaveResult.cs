using System.Diagnostics.CodeAnalysis;

namespace TongHop.Storage.Files;

/// <summary>The address and size of a stored original, or why it was refused (Vietnamese, for users).</summary>
/// <param name="TooLarge">Refused for its size (over the upload limit), as opposed to empty.</param>
public sealed record OriginalSaveResult(string? Sha256, long Size, string? Error, bool TooLarge = false)
{
    [MemberNotNullWhen(true, nameof(Sha256))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Succeeded => Sha256 is not null;

    public static OriginalSaveResult Ok(string sha256, long size) => new(sha256, size, null);

    public static OriginalSaveResult Fail(string error, bool tooLarge = false) => new(null, 0, error, tooLarge);
}
