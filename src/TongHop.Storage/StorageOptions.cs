namespace TongHop.Storage;

/// <summary>
/// Where TongHop keeps its data. SQLite lives in <c>DataDirectory/tonghop.db</c> unless a connection
/// string is given; originals always live in <c>DataDirectory/originals</c> (shared storage when several
/// machines run workers against one PostgreSQL).
/// </summary>
public sealed record StorageOptions(DatabaseProvider Provider, string DataDirectory, string? ConnectionString = null)
{
    /// <summary>SQLite in <paramref name="dataDirectory"/>, or PostgreSQL when a connection string is given.</summary>
    public static StorageOptions For(string dataDirectory, string? postgresConnection) => postgresConnection is null
        ? new StorageOptions(DatabaseProvider.Sqlite, dataDirectory)
        : new StorageOptions(DatabaseProvider.Postgres, dataDirectory, postgresConnection);

    /// <summary>The largest original accepted (the upload limit; the application sets it from its one setting).</summary>
    public long MaxUploadBytes { get; init; } = Files.OriginalStore.DefaultMaxBytes;

    public string OriginalsDirectory => Path.Combine(DataDirectory, "originals");

    public string EffectiveConnectionString => ConnectionString
        ?? (Provider == DatabaseProvider.Sqlite
            ? $"Data Source={Path.Combine(DataDirectory, "tonghop.db")}"
            : throw new InvalidOperationException("PostgreSQL needs a connection string (TongHop:Database:ConnectionString)."));
}
