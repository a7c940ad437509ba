using TongHop.Synthesis.Aggregation;

namespace TongHop.Synthesis.Drafting;

/// <summary>
/// Which figures come from reports a leader accepted (final, locked) and which from reports not yet accepted (provisional):
/// a sentence in section I, a remark on each figure of section II, and a mark on each cell of Appendix I.
/// </summary>
public static class Acceptance
{
    /// <summary>The mark of a cell whose value comes from a report not yet accepted, and the note that explains it.</summary>
    public const string Mark = "*";

    public const string MarkNote = "Ghi chú: số liệu có dấu * lấy từ báo cáo chưa được lãnh đạo Sở chấp nhận (số liệu sơ bộ).";

    /// <summary>Section I: how many of the received reports were accepted; null when none was received.</summary>
    public static string? OfReports(SynthesisInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var received = input.Units.Where(u => u.Document is not null).ToList();
        if (received.Count == 0)
        {
            return null;
        }

        var accepted = received.Count(u => u.Accepted);
        return accepted == received.Count
            ? $"- Báo cáo đã được lãnh đạo Sở chấp nhận: {accepted}/{received.Count} báo cáo đã gửi; toàn bộ số liệu tổng hợp là số liệu chính thức."
            : $"- Báo cáo đã được lãnh đạo Sở chấp nhận: {accepted}/{received.Count} báo cáo đã gửi; số liệu từ {received.Count - accepted} báo cáo chưa được chấp nhận là số liệu sơ bộ, có thể còn điều chỉnh.";
    }

    /// <summary>
    /// Section II, inside a figure's parenthesis: whose figures are accepted ("; số liệu của 2/4 đơn vị đã được chấp nhận").
    /// Nothing when every received report stands alike (all accepted, or none): section I has said so once.
    /// </summary>
    public static string OfFigure(SynthesisInput input, AggregateResult result)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(result);
        var received = input.Units.Where(u => u.Document is not null).ToList();
        if (received.All(u => u.Accepted) || received.All(u => !u.Accepted))
        {
            return "";
        }

        var accepted = received.Where(u => u.Accepted).Select(u => u.Id).ToHashSet();
        var count = result.Ranked.Count(f => accepted.Contains(f.UnitId));
        return count == result.Ranked.Count ? ", số liệu đã được chấp nhận"
            : count == 0 ? ", số liệu chưa được chấp nhận"
            : $", số liệu của {count}/{result.Ranked.Count} đơn vị đã được chấp nhận";
    }
}
