using Microsoft.Extensions.Configuration;

namespace TongHop.Application.Processing;

/// <summary>
/// The background worker's settings (<c>TongHop:Jobs:*</c>). A running job's <see cref="Lease"/> is renewed
/// every third of it (<see cref="TongHop.Storage.Jobs.JobLease"/>), so a long extraction keeps its job; a job whose
/// worker died stops being renewed, its lease runs out and another worker takes it over.
/// </summary>
public sealed record WorkerOptions(bool Enabled, TimeSpan Lease, TimeSpan Poll)
{
    public static WorkerOptions From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return new WorkerOptions(
            configuration.GetValue("TongHop:Jobs:Enabled", true),
            TimeSpan.FromSeconds(configuration.GetValue("TongHop:Jobs:LeaseSeconds", 120)),
            TimeSpan.FromMilliseconds(configuration.GetValue("TongHop:Jobs:PollMilliseconds", 2000)));
    }
}
