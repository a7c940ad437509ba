using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using TongHop.Storage.Entities;
using TongHop.Storage.Identity;

namespace TongHop.Storage;

/// <summary>
/// The TongHop database: units, catalog, requests, submissions, values with their audit trail, jobs,
/// Identity users. Provider-specific subclasses (<see cref="SqliteTongHopDbContext"/>,
/// <see cref="PostgresTongHopDbContext"/>) each own their migrations; the model is written once here.
/// All <see cref="DateTime"/> values are UTC.
/// </summary>
public abstract class TongHopDbContext(DbContextOptions options) : IdentityDbContext<AppUser>(options)
{
    public DbSet<OrgUnit> Units => Set<OrgUnit>();

    public DbSet<IndicatorDefinition> Indicators => Set<IndicatorDefinition>();

    public DbSet<ReportRequest> Requests => Set<ReportRequest>();

    public DbSet<RequestRecipient> RequestRecipients => Set<RequestRecipient>();

    public DbSet<RequestIndicator> RequestIndicators => Set<RequestIndicator>();

    public DbSet<StoredFile> Files => Set<StoredFile>();

    public DbSet<Submission> Submissions => Set<Submission>();

    public DbSet<ReportedValue> Values => Set<ReportedValue>();

    public DbSet<ReviewEvent> ReviewEvents => Set<ReviewEvent>();

    public DbSet<FindingRecord> Findings => Set<FindingRecord>();

    public DbSet<Job> Jobs => Set<Job>();

    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();

    /// <summary>Which database this context talks to; the job queue's claim statement depends on it.</summary>
    public abstract DatabaseProvider Provider { get; }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(TongHopDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        // Values range from percents to 7.630.404.000 đồng; 6 decimals keep 85,3% and 1/3 exact enough.
        configurationBuilder.Properties<decimal>().HavePrecision(24, 6);
    }
}
