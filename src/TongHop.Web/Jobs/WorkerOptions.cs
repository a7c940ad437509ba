namespace TongHop.Web.Jobs;

/// <summary>
/// The background worker's settings (<c>TongHop:Jobs:*</c>). <see cref="Lease"/> must exceed the longest
/// extraction (a many-page OCR): a job whose lease runs out is taken over by another worker.
/// </summary>
public sealed record WorkerOptions(bool Enabled, TimeSpan Lease, TimeSpan Poll)
{
    public static WorkerOptions From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return new WorkerOptions(
            configuration.GetValue("TongHop:Jobs:Enabled", true),
            TimeSpan.FromSeconds(configuration.GetValue("TongHop:Jobs:LeaseSeconds", 600)),
            TimeSpan.FromMilliseconds(configuration.GetValue("TongHop:Jobs:PollMilliseconds", 2000)));
    }
}
