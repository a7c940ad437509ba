using TongHop.Core.Extraction;
using TongHop.Text.Numbers;

namespace TongHop.Checks.Indicators;

/// <summary>
/// <c>ratio-mismatch</c>: a percent stated with its numerator/denominator that they do not give, beyond the
/// rounding of the written precision ("496/757 = 65,5%, khác với 70% đã nêu"). Reads every such statement in
/// the text, whether or not an indicator claimed it, so no stated ratio goes unchecked.
/// </summary>
public sealed class RatioMismatchCheck : IDocumentCheck
{
    public const string Code = "ratio-mismatch";

    public IEnumerable<Finding> Check(CheckContext context)
    {
        var text = context.Document.Restored;
        foreach (var (sentence, quantities) in DocumentQuantities.BySentence(text))
        {
            foreach (var (fraction, percent) in RatioStatements.Read(text, quantities))
            {
                if (fraction.Numerator is { } n && fraction.Denominator is { } d && d > 0 && !Percentages.Agree(n, d, percent.Value))
                {
                    yield return new Finding(Code, FindingSeverity.Warning, Message(n, d, percent.Value), sentence, About(context, sentence));
                }
            }
        }
    }

    private static string Message(decimal n, decimal d, decimal stated) =>
        $"{VietnameseNumber.ToVietnamese(n)}/{VietnameseNumber.ToVietnamese(d)} = {Percentages.Format(Percentages.Of(n, d))}%, " +
        $"khác với {VietnameseNumber.ToVietnamese(stated)}% đã nêu.";

    private static string? About(CheckContext context, Core.TextSpan sentence) =>
        context.Document.Indicators.FirstOrDefault(i => i.Span == sentence)?.Key;
}
