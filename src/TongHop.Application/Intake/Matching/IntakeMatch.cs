namespace TongHop.Application.Intake.Matching;

/// <summary>
/// The unit and request a file was matched to. <see cref="UnitCertain"/> and <see cref="RequestCertain"/> say whether
/// it may be filed without a person; otherwise <see cref="Unit"/> and <see cref="Request"/> are proposals (or null).
/// </summary>
public sealed record IntakeMatch(IntakeUnit? Unit, bool UnitCertain, double? Confidence, CandidateRequest? Request, bool RequestCertain, IReadOnlyList<string> Reasons)
{
    public bool Certain => UnitCertain && RequestCertain && Unit is not null && Request is not null;
}
