using TongHop.Storage.Entities.Intake;

namespace TongHop.Application.Intake;

/// <summary>A file as it arrived: its name and bytes.</summary>
public sealed record IncomingFile(string Name, byte[] Content);

/// <summary>
/// Where a batch of files came from: the channel, who sent it (a user name, an e-mail address), when the channel
/// received it (the e-mail's date; null for now), the request the sender named, and the e-mail message it belongs to.
/// </summary>
public sealed record IntakeOrigin(IntakeChannel Channel, string? UserName, string? SenderEmail = null, DateTime? ReceivedAtUtc = null, int? RequestId = null)
{
    /// <summary>The files are one report with its annexes (an e-mail): one submission, the others annexes of it.</summary>
    public bool Together { get; init; }
}

/// <summary>What became of one file: its intake row, the unit's code and request id when sure (filed or a duplicate; else null).</summary>
public sealed record IntakeOutcome(IntakeItem Item, string? UnitCode, int? RequestId)
{
    public bool Filed => Item.State == IntakeState.Filed;

    /// <summary>The CLI's and API's word: <c>filed</c>, <c>duplicate</c> (already filed before) or <c>needs-review</c>.</summary>
    public string Status => Item.State switch
    {
        IntakeState.Filed => "filed",
        IntakeState.Duplicate => "duplicate",
        _ => "needs-review",
    };
}
