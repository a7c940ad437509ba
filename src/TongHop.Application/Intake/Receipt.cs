using System.Globalization;
using TongHop.Storage.Entities;

namespace TongHop.Application.Intake;

/// <summary>
/// The receipt (biên nhận) of an accepted submission: its number, when it was received, and each file with its
/// SHA-256, so the unit can prove what it sent. The number is derived from the submission (year received and id),
/// so it exists from the moment the submission does and never collides.
/// </summary>
public static class Receipt
{
    public static string NumberOf(Submission submission)
    {
        ArgumentNullException.ThrowIfNull(submission);
        return string.Create(CultureInfo.InvariantCulture, $"BN-{submission.ReceivedAtUtc.Year}-{submission.Id:D6}");
    }
}
