namespace TongHop.Benchmarks;

/// <summary>Collects the benchmark's input files: the given files and folders, or the shared samples.</summary>
internal static class InputFiles
{
    public static IReadOnlyList<string> Collect(IEnumerable<string> paths)
    {
        var given = paths.ToList();
        if (given.Count == 0)
        {
            var shared = Path.Combine(RepoRoot(), "..", "shared", "samples");
            given = [Path.Combine(shared, "clean"), Path.Combine(shared, "ocr")];
        }

        return given
            .SelectMany(p => Directory.Exists(p) ? Directory.EnumerateFiles(p, "*.txt") : [p])
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "TongHop.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? Directory.GetCurrentDirectory();
    }
}
