using TongHop.Core.Indicators;
using TongHop.Text.Numbers;

namespace TongHop.Synthesis.Drafting;

/// <summary>
/// Section VII: what the reader should know before signing: values held back (below the confidence
/// threshold and not confirmed by a reviewer), values that entered unreviewed, and open check findings.
/// </summary>
internal static class QualitySection
{
    private const int MaxListed = 10;

    public static IEnumerable<DraftBlock> Write(SynthesisInput input, CountedValues counted, SynthesisOptions options)
    {
        yield return new DraftHeading("VII. GHI CHÚ VỀ CHẤT LƯỢNG SỐ LIỆU", 1);
        var names = input.Indicators.ToDictionary(i => i.Key);
        var held = counted.HeldBack.Where(h => names.ContainsKey(h.Value.IndicatorKey)).ToList();
        if (held.Count > 0)
        {
            yield return new DraftParagraph(
                $"- Có {held.Count} giá trị do hệ thống trích xuất với độ tin cậy dưới {VietnameseNumber.ToVietnamese((decimal)options.MinConfidence, 2)} và chưa được chuyên viên xác nhận, " +
                "nên chưa đưa vào số liệu tổng hợp: " +
                string.Join("; ", held.Take(MaxListed).Select(h => $"{h.Unit.Name}: {SynthesisDrafter.LowerFirst(names[h.Value.IndicatorKey].Name)} {QuantityText.Of(h.Value.Value, names[h.Value.IndicatorKey].Unit)}")) +
                (held.Count > MaxListed ? $" và {held.Count - MaxListed} giá trị khác." : "."));
        }

        yield return new DraftParagraph(counted.Unreviewed > 0
            ? $"- Có {counted.Unreviewed} giá trị được đưa vào tổng hợp theo kết quả trích xuất tự động, chưa được chuyên viên rà soát, xác nhận."
            : "- Toàn bộ số liệu đưa vào tổng hợp đã được chuyên viên rà soát, xác nhận.");
        var findings = input.Units.SelectMany(u => u.Findings.Select(f => (u.Name, Message: f))).ToList();
        if (findings.Count > 0)
        {
            yield return new DraftParagraph(
                $"- Có {findings.Count} điểm cần kiểm tra lại trong báo cáo của các đơn vị: " +
                string.Join("; ", findings.Take(MaxListed).Select(f => $"{f.Name}: {f.Message.TrimEnd('.')}")) +
                (findings.Count > MaxListed ? $" và {findings.Count - MaxListed} điểm khác." : "."));
        }
    }
}
