namespace TongHop.Testing;

/// <summary>
/// A temporary file deleted on dispose, for tests that need a path on disk; files written beside it under its name
/// (a page prepared as "….png.pgm", its ".unwhitened.pgm") are deleted with it.
/// </summary>
public sealed class TempFile : IDisposable
{
    public TempFile(byte[] content, string extension = ".txt")
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"tonghop-test-{Guid.NewGuid():N}{extension}");
        File.WriteAllBytes(Path, content);
    }

    public string Path { get; }

    public static TempFile WithText(string text, string extension = ".txt") =>
        new(System.Text.Encoding.UTF8.GetBytes(text), extension);

    public void Dispose()
    {
        File.Delete(Path);
        var folder = System.IO.Path.GetDirectoryName(Path)!;
        foreach (var beside in Directory.EnumerateFiles(folder, System.IO.Path.GetFileNameWithoutExtension(Path) + ".*"))
        {
            File.Delete(beside);
        }
    }
}
