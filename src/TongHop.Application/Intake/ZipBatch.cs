using System.IO.Compression;
using TongHop.Text.Normalization;

namespace TongHop.Application.Intake;

/// <summary>
/// Opens the zip archives of a batch (what an e-office export or a colleague sends): each file inside becomes a file of
/// the batch, named "archive.zip/folder/file.pdf" minus folders. Bounded: at most <see cref="MaxEntries"/> files and
/// <see cref="MaxTotalBytes"/> unpacked (a zip bomb is refused with a reason), no nested archives opened.
/// </summary>
public static class ZipBatch
{
    public const int MaxEntries = 500;
    public const long MaxTotalBytes = 500L * 1024 * 1024;

    /// <summary>The batch with every zip replaced by its files, and the Vietnamese reasons for what was refused.</summary>
    public static (List<IncomingFile> Files, List<string> Problems) Expand(IEnumerable<IncomingFile> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var expanded = new List<IncomingFile>();
        var problems = new List<string>();
        foreach (var file in files)
        {
            if (!IsZip(file.Content))
            {
                expanded.Add(file);
                continue;
            }

            try
            {
                expanded.AddRange(Open(file, problems));
            }
            catch (InvalidDataException e)
            {
                problems.Add($"Tệp nén {file.Name} bị hỏng: {e.Message}");
            }
        }

        return (expanded, problems);
    }

    // A zip starts with PK\x03\x04 (or PK\x05\x06 when empty). A DOCX is a zip too, but carries [Content_Types].xml.
    private static bool IsZip(byte[] content)
    {
        if (content.Length < 4 || content[0] != 'P' || content[1] != 'K' || content[2] is not (3 or 5))
        {
            return false;
        }

        using var archive = new ZipArchive(new MemoryStream(content), ZipArchiveMode.Read);
        return archive.GetEntry("[Content_Types].xml") is null;
    }

    private static List<IncomingFile> Open(IncomingFile zip, List<string> problems)
    {
        using var archive = new ZipArchive(new MemoryStream(zip.Content), ZipArchiveMode.Read);
        var files = new List<IncomingFile>();
        long total = 0;
        foreach (var entry in archive.Entries.Where(e => e.Name.Length > 0 && !e.FullName.StartsWith("__MACOSX/", StringComparison.Ordinal)))
        {
            if (files.Count == MaxEntries || (total += entry.Length) > MaxTotalBytes)
            {
                problems.Add($"Tệp nén {zip.Name} quá lớn (quá {MaxEntries} tệp hoặc {MaxTotalBytes / (1024 * 1024)} MB khi giải nén): chỉ nhận {files.Count} tệp đầu.");
                break;
            }

            // The sizes in a zip's directory may lie: the copy stops at the bound whatever they say.
            var bytes = CopyBounded(entry, MaxTotalBytes - total + entry.Length);
            if (bytes is null)
            {
                problems.Add($"Tệp nén {zip.Name} quá lớn khi giải nén: chỉ nhận {files.Count} tệp đầu.");
                break;
            }

            files.Add(new IncomingFile(VietnameseText.Nfc(entry.Name), bytes));
        }

        return files;
    }

    private static byte[]? CopyBounded(ZipArchiveEntry entry, long limit)
    {
        using var stream = entry.Open();
        using var copy = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            if (copy.Length + read > limit)
            {
                return null;
            }

            copy.Write(buffer, 0, read);
        }

        return copy.ToArray();
    }
}
