using Microsoft.Extensions.Configuration;
using TongHop.Application.Intake;
using TongHop.Application.Processing;
using TongHop.Application.Search;
using TongHop.Storage;

namespace TongHop.Application;

/// <summary>
/// What the application layer needs to know about its host: where the data lives (<see cref="Storage"/>), how
/// the background worker runs (<see cref="Workers"/>) and where this node keeps its search index (<see cref="Search"/>).
/// </summary>
public sealed record ApplicationOptions(StorageOptions Storage, WorkerOptions Workers, SearchOptions Search)
{
    /// <summary>The watch folder and the intake polling interval (<c>TongHop:Intake:*</c>).</summary>
    public IntakeOptions Intake { get; init; } = IntakeOptions.Default;

    /// <summary>The options of a host on <paramref name="storage"/>, settings read from <paramref name="configuration"/>
    /// (<c>TongHop:Jobs:*</c>, <c>TongHop:Search:*</c>) or their defaults when it is null (the command line).</summary>
    public static ApplicationOptions From(StorageOptions storage, IConfiguration? configuration = null)
    {
        ArgumentNullException.ThrowIfNull(storage);
        configuration ??= new ConfigurationBuilder().Build();
        return new ApplicationOptions(storage, WorkerOptions.From(configuration), SearchOptions.From(configuration, storage.DataDirectory))
        {
            Intake = IntakeOptions.From(configuration),
        };
    }
}
