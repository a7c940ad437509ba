using System.Diagnostics;
using TongHop.Repair.Channel;
using TongHop.Repair.LanguageModel;

namespace TongHop.Repair;

/// <summary>
/// The trained parts the repairer needs: the syllable language model (<c>Model/vi-syllables.lm</c>) and the
/// OCR confusion model (<c>Model/confusion.tsv</c>), with the candidate index built over them.
/// Immutable after load and safe to share between threads.
/// </summary>
public sealed class RepairModel
{
    /// <summary>File name of the language model in the model folder.</summary>
    public const string LanguageModelFile = "vi-syllables.lm";

    /// <summary>File name of the confusion model in the model folder.</summary>
    public const string ConfusionFile = "confusion.tsv";

    private static readonly Lazy<RepairModel> LazyDefault = new(() => Load(DefaultDirectory));

    private RepairModel(NGramModel languageModel, ConfusionModel confusion, TimeSpan loadTime)
    {
        LanguageModel = languageModel;
        Confusion = confusion;
        Candidates = new CandidateGenerator(languageModel.Vocabulary, new ChannelScorer(confusion));
        LoadTime = loadTime;
    }

    /// <summary>The model shipped next to the assembly (loaded once, on first use).</summary>
    public static RepairModel Default => LazyDefault.Value;

    /// <summary>The <c>Model</c> folder copied to the build output.</summary>
    public static string DefaultDirectory => Path.Combine(AppContext.BaseDirectory, "Model");

    /// <summary>The syllable trigram model.</summary>
    public NGramModel LanguageModel { get; }

    /// <summary>The OCR confusion costs.</summary>
    public ConfusionModel Confusion { get; }

    /// <summary>The candidate generator over the model's syllables.</summary>
    public CandidateGenerator Candidates { get; }

    /// <summary>How long loading took (reported by the benchmark).</summary>
    public TimeSpan LoadTime { get; }

    /// <summary>Loads the two model files from <paramref name="directory"/>.</summary>
    public static RepairModel Load(string directory)
    {
        var watch = Stopwatch.StartNew();
        NGramModel lm;
        using (var stream = new BufferedStream(File.OpenRead(Path.Combine(directory, LanguageModelFile)), 1 << 16))
        {
            lm = NGramModel.Read(stream);
        }

        ConfusionModel confusion;
        using (var reader = new StreamReader(Path.Combine(directory, ConfusionFile)))
        {
            confusion = ConfusionModel.Read(reader);
        }

        return new RepairModel(lm, confusion, watch.Elapsed);
    }
}
