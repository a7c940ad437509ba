using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace TongHop.Storage;

/// <summary>Lets <c>dotnet ef migrations add</c> build the SQLite context without the web app.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteTongHopDbContext>
{
    public SqliteTongHopDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteTongHopDbContext>().UseSqlite("Data Source=design.db").Options);
}
