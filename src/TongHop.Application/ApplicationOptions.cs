using Microsoft.Extensions.Configuration;
using TongHop.Application.Intake;
using TongHop.Application.Mail;
using TongHop.Application.Processing;
using TongHop.Application.Reminders;
using TongHop.Application.Search;
using TongHop.Storage;

namespace TongHop.Application;

/// <summary>
/// What the application layer needs to know about its host: where the data lives (<see cref="Storage"/>), how
/// the background worker runs (<see cref="Workers"/>) where this node keeps its search index (<see cref="Search"/>) and how large an upload may be (<see cref="Upload"/>).
/// </summary>
public sealed record ApplicationOptions(StorageOptions Storage, WorkerOptions Workers, SearchOptions Search, UploadLimit Upload)
{
    /// <summary>The watch folder and the intake polling interval (<c>TongHop:Intake:*</c>).</summary>
    public IntakeOptions Intake { get; init; } = IntakeOptions.Default;

    /// <summary>The SMTP server and sender (<c>TongHop:Mail:*</c>), the default under the admin page's mail settings; off by default.</summary>
    public MailOptions Mail { get; init; } = MailOptions.Off;

    /// <summary>The reminder schedule (<c>TongHop:Reminders:*</c>).</summary>
    public ReminderOptions Reminders { get; init; } = new(true, TimeSpan.FromMinutes(5));

    /// <summary>The options of a host on <paramref name="storage"/>, settings read from <paramref name="configuration"/>
    /// (<c>TongHop:Jobs:*</c>, <c>TongHop:Search:*</c>, <c>TongHop:Upload:MaxMegabytes</c>, <c>TongHop:Intake:*</c>, <c>TongHop:Mail:*</c>, <c>TongHop:Reminders:*</c>) or their defaults when it is null (the command line).</summary>
    public static ApplicationOptions From(StorageOptions storage, IConfiguration? configuration = null)
    {
        ArgumentNullException.ThrowIfNull(storage);
        configuration ??= new ConfigurationBuilder().Build();
        var upload = UploadLimit.From(configuration);
        return new ApplicationOptions(storage with { MaxUploadBytes = upload.Bytes }, WorkerOptions.From(configuration), SearchOptions.From(configuration, storage.DataDirectory), upload)
        {
            Intake = IntakeOptions.From(configuration),
            Mail = MailOptions.From(configuration),
            Reminders = ReminderOptions.From(configuration),
        };
    }
}
