namespace TongHop.Storage.Entities;

/// <summary>
/// One row whose <see cref="Version"/> goes up after every saved change to what the reporting pages show
/// (units, catalog, requests, submissions, values, reviews). Pages cache what they computed under the version
/// they read, so every web process, on any machine, sees a change on its next request.
/// </summary>
public sealed class DataStamp
{
    public const int SingletonId = 1;

    public int Id { get; set; }

    public long Version { get; set; }
}
