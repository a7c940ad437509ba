namespace TongHop.Core.Files;

/// <summary>
/// A private working folder under the system's temp folder (page images while a scan is read, files a test drops),
/// deleted with everything in it on dispose.
/// </summary>
public sealed class TempDirectory : IDisposable
{
    public TempDirectory(string prefix = "tonghop-") =>
        Path = Directory.CreateDirectory(System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"{prefix}{Guid.NewGuid():N}")).FullName;

    public string Path { get; }

    /// <summary>The path of a file named <paramref name="name"/> in the folder.</summary>
    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A killed tool may still hold a file for a moment; the OS temp cleaner takes the rest.
        }
    }
}
