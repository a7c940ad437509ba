using System.Security.Cryptography;

namespace TongHop.Storage.Files;

/// <summary>
/// Keeps original files on disk, addressed by the SHA-256 of their bytes: <c>ROOT/ab/abcdef…</c>.
/// A file is written to a temporary name, flushed to disk, then moved into place without overwriting,
/// and made read-only: the same bytes always land at the same path and an original is never changed.
/// Thread-safe; several processes may share the folder.
/// </summary>
public sealed class OriginalStore
{
    private readonly string _root;
    private readonly long _maxBytes;

    public OriginalStore(string root, long maxBytes = DefaultMaxBytes)
    {
        _root = Path.GetFullPath(root);
        _maxBytes = maxBytes;
        Directory.CreateDirectory(Path.Combine(_root, "tmp"));
    }

    /// <summary>Uploads larger than this (50 MiB, the reader's own limit) are refused.</summary>
    public const long DefaultMaxBytes = 50L * 1024 * 1024;

    public async Task<OriginalSaveResult> SaveAsync(Stream content, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        var temp = Path.Combine(_root, "tmp", Guid.NewGuid().ToString("N"));
        try
        {
            var (sha, size) = await CopyHashingAsync(content, temp, cancellationToken).ConfigureAwait(false);
            if (size == 0)
            {
                return OriginalSaveResult.Fail("Tệp rỗng (0 byte).");
            }

            if (size > _maxBytes)
            {
                return OriginalSaveResult.Fail($"Tệp lớn hơn giới hạn {_maxBytes / (1024 * 1024)} MB.", tooLarge: true);
            }

            MoveIntoPlace(temp, sha);
            return OriginalSaveResult.Ok(sha, size);
        }
        finally
        {
            File.Delete(temp);
        }
    }

    public bool Exists(string sha256) => File.Exists(PathOf(sha256));

    public Stream OpenRead(string sha256) => new FileStream(PathOf(sha256), FileMode.Open, FileAccess.Read, FileShare.Read);

    /// <summary>The path of an original; the address is validated so it can never escape the root.</summary>
    public string PathOf(string sha256)
    {
        if (!IsSha256(sha256))
        {
            throw new ArgumentException("not a lower-case hex SHA-256: " + sha256, nameof(sha256));
        }

        return Path.Combine(_root, sha256[..2], sha256);
    }

    public static bool IsSha256(string? text) =>
        text is { Length: 64 } && text.All(c => c is >= '0' and <= '9' or >= 'a' and <= 'f');

    private async Task<(string Sha, long Size)> CopyHashingAsync(Stream content, string temp, CancellationToken cancellationToken)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[81920];
        long size = 0;
        await using (var file = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
        {
            int read;
            while ((read = await content.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
            {
                size += read;
                if (size > _maxBytes)
                {
                    break;
                }

                hash.AppendData(buffer, 0, read);
                await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
            }

            // Durable before it is visible under its address: a crash never leaves a truncated original.
            file.Flush(flushToDisk: true);
        }

        return (Convert.ToHexStringLower(hash.GetHashAndReset()), size);
    }

    private void MoveIntoPlace(string temp, string sha)
    {
        var target = PathOf(sha);
        if (File.Exists(target))
        {
            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        try
        {
            File.Move(temp, target, overwrite: false);
        }
        catch (IOException) when (File.Exists(target))
        {
            // Another request stored the same bytes first; same address, same content.
            return;
        }

        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(target, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        }
    }
}
