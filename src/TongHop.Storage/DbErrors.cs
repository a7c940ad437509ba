using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace TongHop.Storage;

/// <summary>What a database error means, the same on SQLite and PostgreSQL.</summary>
public static class DbErrors
{
    /// <summary>A unique index or primary key refused the row (PostgreSQL 23505, SQLite constraint 19 / 1555 / 2067).</summary>
    public static bool IsUniqueViolation(DbUpdateException exception) => exception?.InnerException switch
    {
        PostgresException pg => pg.SqlState == PostgresErrorCodes.UniqueViolation,
        SqliteException sqlite => sqlite.SqliteErrorCode == 19 && sqlite.SqliteExtendedErrorCode is 1555 or 2067 or 19,
        _ => false,
    };

    /// <summary>The disk (or the database's disk) is full: ENOSPC, PostgreSQL 53100, SQLite 13.</summary>
    public static bool IsDiskFull(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case PostgresException pg when pg.SqlState == PostgresErrorCodes.DiskFull:
                case SqliteException sqlite when sqlite.SqliteErrorCode == 13:
                case IOException io when (io.HResult & 0xFFFF) == 28 || io.HResult == unchecked((int)0x80070070)
                                         || io.Message.Contains("No space left on device", StringComparison.Ordinal):
                    return true;
            }
        }

        return false;
    }
}
