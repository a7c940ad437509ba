using System.Text.Json;
using System.Text.RegularExpressions;

namespace TongHop.Application.PageImages;

/// <summary>
/// The page images of stored originals and their word boxes: <c>ROOT/ab/&lt;sha256&gt;/p001.jpg …</c> and
/// <c>words.json</c> (<see cref="StoredPages"/>), addressed like the originals by the SHA-256 of the file, so the same
/// file is rendered once. Images are written to a temporary folder and moved into place whole; the word boxes are
/// replaced on every extraction (a new catalog or repair may move the restored offsets). Several processes may share
/// the folder.
/// </summary>
public sealed partial class PageImageStore(string root)
{
    private readonly string _root = Path.GetFullPath(root);

    /// <summary>How many page images are stored for the file; 0 when none (text, DOCX, or not rendered).</summary>
    public int PageCount(string sha256)
    {
        var folder = Folder(sha256);
        return Directory.Exists(folder) ? Directory.GetFiles(folder, "p*.jpg").Length : 0;
    }

    /// <summary>The path of page <paramref name="page"/>'s image (from 1), or null when there is none.</summary>
    public string? ImagePath(string sha256, int page)
    {
        if (page is < 1 or > 9999)
        {
            return null;
        }

        var path = Path.Combine(Folder(sha256), $"p{page:D3}.jpg");
        return File.Exists(path) ? path : null;
    }

    public StoredPages Words(string sha256)
    {
        var path = Path.Combine(Folder(sha256), "words.json");
        if (!File.Exists(path))
        {
            return StoredPages.Empty;
        }

        try
        {
            return JsonSerializer.Deserialize<StoredPages>(File.ReadAllBytes(path)) ?? StoredPages.Empty;
        }
        catch (JsonException)
        {
            return StoredPages.Empty;
        }
    }

    /// <summary>Stores the page images once; a second call for the same file keeps the first images.</summary>
    public void SaveImages(string sha256, IReadOnlyList<byte[]> jpegs)
    {
        ArgumentNullException.ThrowIfNull(jpegs);
        var folder = Folder(sha256);
        if (jpegs.Count == 0 || PageCount(sha256) > 0)
        {
            return;
        }

        var temp = Path.Combine(_root, "tmp", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(temp);
        for (var i = 0; i < jpegs.Count; i++)
        {
            File.WriteAllBytes(Path.Combine(temp, $"p{i + 1:D3}.jpg"), jpegs[i]);
        }

        // Existing words.json (written before the images) moves along with the images' folder.
        var words = Path.Combine(folder, "words.json");
        if (File.Exists(words))
        {
            File.Copy(words, Path.Combine(temp, "words.json"));
        }

        Directory.CreateDirectory(Path.GetDirectoryName(folder)!);
        try
        {
            if (Directory.Exists(folder) && PageCount(sha256) == 0)
            {
                Directory.Delete(folder, recursive: true);
            }

            Directory.Move(temp, folder);
        }
        catch (IOException)
        {
            // Another process stored the same file's images first: theirs are as good as ours.
            Directory.Delete(temp, recursive: true);
        }
    }

    public void SaveWords(string sha256, StoredPages pages)
    {
        ArgumentNullException.ThrowIfNull(pages);
        var folder = Folder(sha256);
        Directory.CreateDirectory(folder);
        var temp = Path.Combine(folder, "words." + Guid.NewGuid().ToString("N") + ".tmp");
        File.WriteAllBytes(temp, JsonSerializer.SerializeToUtf8Bytes(pages));
        File.Move(temp, Path.Combine(folder, "words.json"), overwrite: true);
    }

    // The address is validated so that it can never leave the root.
    private string Folder(string sha256) =>
        Sha256().IsMatch(sha256 ?? "") ? Path.Combine(_root, sha256![..2], sha256) : throw new ArgumentException("not a SHA-256 address", nameof(sha256));

    [GeneratedRegex("^[0-9a-f]{64}$")]
    private static partial Regex Sha256();
}
