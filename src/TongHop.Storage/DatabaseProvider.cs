namespace TongHop.Storage;

/// <summary>The databases TongHop runs on: SQLite by default, PostgreSQL for production and scale.</summary>
public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
