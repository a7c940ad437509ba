using Microsoft.EntityFrameworkCore;

namespace TongHop.Storage;

/// <summary>The PostgreSQL flavour (production, several workers); migrations in <c>Migrations/Postgres</c>.</summary>
public sealed class PostgresTongHopDbContext(DbContextOptions<PostgresTongHopDbContext> options) : TongHopDbContext(options)
{
    public override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
