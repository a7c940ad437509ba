using System.IO.Compression;

namespace TongHop.Reading.Docx;

/// <summary>
/// Checks a ZIP package against <see cref="ArchiveLimits"/> before OpenXml parses it. The declared
/// sizes in a ZIP directory can lie, so every entry is actually inflated into a counting sink that
/// stops at the limit: the work is bounded by the limit, and nothing is kept in memory.
/// </summary>
internal static class ZipBombGuard
{
    /// <summary>Returns <c>null</c> when the package is within the limits, otherwise the reason.</summary>
    public static string? Check(byte[] content, ArchiveLimits limits, CancellationToken cancellationToken)
    {
        using var archive = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
        if (archive.Entries.Count > limits.MaxEntries)
        {
            return $"the DOCX package has {archive.Entries.Count} parts; more than {limits.MaxEntries} are refused";
        }

        var buffer = new byte[81920];
        long total = 0;
        foreach (var entry in archive.Entries)
        {
            using var stream = entry.Open();
            int read;
            while ((read = stream.Read(buffer)) > 0)
            {
                total += read;
                if (total > limits.MaxUncompressedBytes)
                {
                    return $"the DOCX package expands to more than {limits.MaxUncompressedBytes / (1024 * 1024)} MB (a zip bomb?); it was refused";
                }

                cancellationToken.ThrowIfCancellationRequested();
            }
        }

        return null;
    }
}
