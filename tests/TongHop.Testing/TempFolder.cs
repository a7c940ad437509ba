namespace TongHop.Testing;

/// <summary>A temporary folder deleted with all it holds on dispose, for tests that drop files by name.</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder(string prefix = "tonghop-test-") => Path = Directory.CreateTempSubdirectory(prefix).FullName;

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
            // a file still held open by a process the test started: left for the system's temp clean-up
        }
    }
}
