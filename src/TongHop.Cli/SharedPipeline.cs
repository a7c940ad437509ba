using TongHop.Pipeline;

namespace TongHop.Cli;

/// <summary>The pipeline the commands share, built once per process on first use.</summary>
internal static class SharedPipeline
{
    private static readonly Lazy<ExtractionPipeline> LazyPipeline = new(ExtractionPipeline.CreateDefault);

    public static ExtractionPipeline Instance => LazyPipeline.Value;
}
