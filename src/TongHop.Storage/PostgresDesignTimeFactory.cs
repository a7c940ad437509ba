using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace TongHop.Storage;

/// <summary>Lets <c>dotnet ef migrations add</c> build the PostgreSQL context; no server is contacted.</summary>
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresTongHopDbContext>
{
    public PostgresTongHopDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresTongHopDbContext>().UseNpgsql("Host=localhost;Database=tonghop_design").Options);
}
