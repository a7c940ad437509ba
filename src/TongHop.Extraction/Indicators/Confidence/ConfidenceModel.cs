using System.Collections.Immutable;
using System.Text.Json;

namespace TongHop.Extraction.Indicators.Confidence;

/// <summary>
/// Turns <see cref="ConfidenceFeatures"/> into the probability that the value is right: a logistic model,
/// p = 1 / (1 + e^-(b + Σ wᵢxᵢ)), whose weights are fitted on gold-annotated reports (the development set) with
/// <c>TongHop.Benchmarks reliability --fit</c> and shipped as <c>confidence-model.json</c>. A value the model marks
/// 0.9 is then right about nine times in ten; the reliability table of that benchmark shows how well it holds.
/// Immutable and thread-safe.
/// </summary>
public sealed class ConfidenceModel
{
    private const string Resource = "TongHop.Extraction.Indicators.confidence-model.json";

    private static readonly Lazy<ConfidenceModel> LazyDefault = new(Load);

    private readonly double _intercept;
    private readonly ImmutableArray<double> _weights;

    public ConfidenceModel(double intercept, IReadOnlyDictionary<string, double> weights)
    {
        _intercept = intercept;
        _weights = [.. ConfidenceFeatures.Names.Select(n => weights.TryGetValue(n, out var w) ? w : 0)];
    }

    /// <summary>The model TongHop ships.</summary>
    public static ConfidenceModel Default => LazyDefault.Value;

    public double Probability(ConfidenceFeatures features)
    {
        var z = _intercept;
        for (var i = 0; i < _weights.Length && i < features.Values.Count; i++)
        {
            z += _weights[i] * features.Values[i];
        }

        return 1 / (1 + Math.Exp(-z));
    }

    private static ConfidenceModel Load()
    {
        using var stream = typeof(ConfidenceModel).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"Embedded resource {Resource} is missing from the build.");
        using var json = JsonDocument.Parse(stream);
        var root = json.RootElement;
        var weights = root.GetProperty("weights").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetDouble());
        return new ConfidenceModel(root.GetProperty("intercept").GetDouble(), weights);
    }
}
