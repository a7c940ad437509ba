using TongHop.Checks;
using TongHop.Core;
using TongHop.Core.Documents;
using TongHop.Core.Extraction;
using TongHop.Core.Indicators;
using TongHop.Core.Text;

namespace TongHop.Checks.Tests;

/// <summary>Builds a <see cref="CheckContext"/> around a text and the indicators said to be read from it.</summary>
internal static class CheckHarness
{
    public static CheckContext Context(string text, IReadOnlyList<IndicatorValue>? indicators = null, IReadOnlyList<Section>? sections = null,
        ReportRequestInfo? request = null)
    {
        var source = new SourceText("test.txt", "", "txt", null, "plain", text);
        var result = new ExtractionResult(source, new RepairResult(text, false, 1.0), DocumentMetadata.Empty, null,
            sections ?? [], [], indicators ?? [], [], []);
        return new CheckContext(result, request);
    }

    public static IndicatorValue Percent(decimal value, decimal? numerator = null, decimal? denominator = null) =>
        new("online_dossier_rate", ValueKind.Actual, value, MeasureUnit.Percent, numerator, denominator, Qualifier.Exact, null, "…", new TextSpan(0, 1), 0.9);
}
