namespace TongHop.Web;

/// <summary>How the web app starts: where its data lives and whether to seed the demo province.</summary>
/// <param name="DataDirectory">Folder of the SQLite database and stored originals (default <c>./data</c>).</param>
/// <param name="SeedDemo">Whether to seed the demo province on an empty database.</param>
/// <param name="Urls">Addresses to listen on, e.g. <c>http://127.0.0.1:5080</c>; null for the default.</param>
public sealed record WebAppOptions(string DataDirectory, bool SeedDemo, string? Urls)
{
    public static WebAppOptions Default { get; } = new("data", true, null);

    /// <summary>Reads <c>--data DIR</c>, <c>--no-demo</c> and <c>--urls URLS</c> from raw arguments.</summary>
    public static WebAppOptions FromArgs(IReadOnlyList<string> args)
    {
        var options = Default;
        for (var i = 0; i < args.Count; i++)
        {
            options = args[i] switch
            {
                "--data" when i + 1 < args.Count => options with { DataDirectory = args[++i] },
                "--urls" when i + 1 < args.Count => options with { Urls = args[++i] },
                "--no-demo" => options with { SeedDemo = false },
                _ => options,
            };
        }

        return options;
    }
}
