using System.Globalization;
using System.Text;
using TongHop.Application.Search;
using TongHop.Core.Indicators;
using TongHop.Search;

namespace TongHop.Cli.Commands;

/// <summary>The readable output of <c>tonghop search</c>: one block per hit, matched words in [brackets], and the review link.</summary>
internal static class SearchTextWriter
{
    public static string ToText(SearchOutcome outcome)
    {
        var text = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        if (outcome.IsValueSearch)
        {
            text.Append(inv, $"{outcome.ValueTotal} values\n");
            foreach (var v in outcome.Values)
            {
                text.Append(inv, $"{v.UnitName} ({v.UnitCode}) · {v.RequestTitle}: {v.IndicatorKey} = {v.Value.ToString(inv)} {v.MeasureUnit.Code()}\n");
                text.Append(inv, $"    {v.Evidence}\n    {SearchScopes.ReviewLink(v.SubmissionId, v.SpanStart, v.SpanEnd)}\n");
            }

            return text.ToString();
        }

        text.Append(inv, $"{outcome.Text.Total} reports\n");
        foreach (var hit in outcome.Text.Hits)
        {
            var h = hit.Report;
            var number = h.DocumentNumber is null ? "" : $" · {h.DocumentType} {h.DocumentNumber}";
            text.Append(inv, $"{h.UnitName} ({h.UnitCode}) · {h.RequestTitle}{number} · version {h.Version}\n    ");
            foreach (var (piece, highlighted) in hit.Snippet.Pieces())
            {
                text.Append(highlighted ? "[" + piece + "]" : piece.ReplaceLineEndings(" "));
            }

            text.Append(inv, $"\n    {SearchScopes.ReviewLink(h.SubmissionId, hit.Snippet.Match)}\n");
        }

        return text.ToString();
    }
}
