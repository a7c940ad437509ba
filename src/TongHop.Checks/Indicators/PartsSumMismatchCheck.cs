using TongHop.Core.Extraction;
using TongHop.Text.Numbers;

namespace TongHop.Checks.Indicators;

/// <summary>
/// <c>parts-sum-mismatch</c>: a total broken down into parts that do not add up to it. "11 trạm …, trong đó:
/// VNPT 02 trạm, Viettel 09 trạm" holds; "… VNPT 02 trạm, Viettel 08 trạm" does not. The statements are
/// read from the text with <see cref="PartsStatementReader"/>, the same reader the indicator extractor uses.
/// </summary>
public sealed class PartsSumMismatchCheck : IDocumentCheck
{
    public const string Code = "parts-sum-mismatch";

    public IEnumerable<Finding> Check(CheckContext context)
    {
        var text = context.Document.Restored;
        foreach (var (sentence, quantities) in DocumentQuantities.BySentence(text))
        {
            foreach (var statement in PartsStatementReader.Read(text, sentence, quantities).Where(s => !s.AddsUp))
            {
                yield return new Finding(Code, FindingSeverity.Warning, Message(statement), sentence,
                    context.Document.Indicators.FirstOrDefault(i => i.Span == sentence)?.Key);
            }
        }
    }

    private static string Message(PartsStatement s)
    {
        var unit = s.Total.Measure == Measure.Money ? "đồng" : s.Total.Noun;
        var parts = string.Join(" + ", s.Parts.Select(p => VietnameseNumber.ToVietnamese(p.Value)));
        return $"Các phần {parts} = {VietnameseNumber.ToVietnamese(s.PartsSum)} {unit}, " +
               $"khác với tổng {VietnameseNumber.ToVietnamese(s.Total.Value)} {unit} đã nêu.";
    }
}
