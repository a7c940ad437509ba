namespace TongHop.Testing;

/// <summary>
/// Finds the repository root and the read-only <c>shared/</c> folder beside it (CI clones the repo with
/// <c>shared/</c> as a sibling). <c>TONGHOP_SHARED</c> overrides the shared folder's location.
/// </summary>
public static class SharedPaths
{
    private static readonly Lazy<string> LazyRepoRoot = new(FindRepoRoot);

    public static string RepoRoot => LazyRepoRoot.Value;

    public static string Shared =>
        Environment.GetEnvironmentVariable("TONGHOP_SHARED") is { Length: > 0 } overridden
            ? overridden
            : Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared"));

    public static string Samples => Path.Combine(Shared, "samples");

    /// <summary>A sample file, e.g. <c>Sample("ocr", "002.txt")</c>; fails clearly when shared/ is missing.</summary>
    public static string Sample(string kind, string name)
    {
        var path = Path.Combine(Samples, kind, name);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Shared sample not found: {path}. Tests expect ../shared beside the repository.", path);
        }

        return path;
    }

    /// <summary>A file of the repository, e.g. <c>Repo("tests", "fixtures", "x.txt")</c>.</summary>
    public static string Repo(params string[] parts) => Path.Combine([RepoRoot, .. parts]);

    private static string FindRepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "TongHop.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("TongHop.sln not found above " + AppContext.BaseDirectory);
    }
}
