using TongHop.Synthesis.Reporting;

namespace TongHop.Synthesis.Drafting;

/// <summary>
/// An expected unit and what its latest processed report says. <see cref="Difficulties"/> and
/// <see cref="Proposals"/> are the bodies of its "hạn chế / khó khăn / vướng mắc" and "đề xuất / kiến nghị"
/// sections (restored text); <see cref="Results"/> the bodies of its results sections; <see cref="Plans"/> of its plan sections.
/// </summary>
/// <param name="ReceivedLocal">When its first version arrived, province time; null when nothing arrived.</param>
/// <param name="Document">The source document behind its figures; null when nothing was processed.</param>
/// <param name="Values">Its non-rejected values, several per indicator possible (the drafter picks one).</param>
/// <param name="Findings">Check findings on its report, Vietnamese messages.</param>
/// <param name="Accepted">Whether a leader accepted its report (the review's last state): its figures are final.</param>
public sealed record SynthesisUnit(
    int Id,
    string Code,
    string Name,
    ReportingState State,
    DateTime? ReceivedLocal,
    SourceDocument? Document,
    IReadOnlyList<SynthesisValue> Values,
    IReadOnlyList<string> Results,
    IReadOnlyList<string> Difficulties,
    IReadOnlyList<string> Proposals,
    IReadOnlyList<string> Findings,
    bool Accepted = false)
{
    /// <summary>The bodies of its "phương hướng, nhiệm vụ" (next period's plan) sections, restored text.</summary>
    public IReadOnlyList<string> Plans { get; init; } = [];
}
