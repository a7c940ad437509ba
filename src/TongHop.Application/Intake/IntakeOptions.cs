using Microsoft.Extensions.Configuration;

namespace TongHop.Application.Intake;

/// <summary>
/// Intake's host settings: the watch folder (<c>TongHop:Intake:WatchFolder</c>, none by default) where an e-office
/// export or a scanner drops files, and how often the mailbox and the folder are looked at
/// (<c>TongHop:Intake:PollSeconds</c>, 30; the mailbox itself is polled at the admin page's interval).
/// </summary>
public sealed record IntakeOptions(string? WatchFolder, TimeSpan Poll)
{
    public static IntakeOptions Default { get; } = new(null, TimeSpan.FromSeconds(30));

    public static IntakeOptions From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var seconds = int.TryParse(configuration["TongHop:Intake:PollSeconds"], out var s) && s > 0 ? s : 30;
        return new IntakeOptions(configuration["TongHop:Intake:WatchFolder"] is { Length: > 0 } folder ? folder : null, TimeSpan.FromSeconds(seconds));
    }
}
