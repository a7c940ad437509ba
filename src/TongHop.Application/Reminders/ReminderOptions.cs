using Microsoft.Extensions.Configuration;

namespace TongHop.Application.Reminders;

/// <summary>The reminder schedule's settings (<c>TongHop:Reminders:*</c>): whether it runs here and how often it looks for rounds to schedule.</summary>
public sealed record ReminderOptions(bool Enabled, TimeSpan Poll)
{
    public static ReminderOptions From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return new ReminderOptions(
            configuration.GetValue("TongHop:Reminders:Enabled", true),
            TimeSpan.FromSeconds(configuration.GetValue("TongHop:Reminders:PollSeconds", 300)));
    }
}
