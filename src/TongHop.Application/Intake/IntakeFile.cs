namespace TongHop.Application.Intake;

/// <summary>One file of an upload, as the client named it; the stream is read once.</summary>
public sealed record IntakeFile(string FileName, Stream Content);

/// <summary>
/// What a unit sends at one time for a request: the main report (<see cref="Files"/>[0]) and its annexes.
/// <see cref="Resubmit"/> says the unit means to replace what it already sent (nộp lại: a new version); without it,
/// an upload when the unit already has a submission that counts is refused, so a second file is never silently a
/// new version. <see cref="ReceivedAtUtc"/> is when the channel received it (e-mail, e-office); now when null.
/// </summary>
public sealed record IntakeRequest(int RequestId, int UnitId, IReadOnlyList<IntakeFile> Files, bool Resubmit = false, DateTime? ReceivedAtUtc = null);
