using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using TongHop.Storage.Entities;
using TongHop.Storage.Entities.Intake;
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

    public DbSet<IndicatorRecord> Indicators => Set<IndicatorRecord>();

    public DbSet<ReportRequest> Requests => Set<ReportRequest>();

    public DbSet<RequestRecipient> RequestRecipients => Set<RequestRecipient>();

    public DbSet<RequestIndicator> RequestIndicators => Set<RequestIndicator>();

    public DbSet<StoredFile> Files => Set<StoredFile>();

    public DbSet<Submission> Submissions => Set<Submission>();

    public DbSet<SubmissionFile> SubmissionFiles => Set<SubmissionFile>();

    public DbSet<RequestEvent> RequestEvents => Set<RequestEvent>();

    public DbSet<ReportedValue> Values => Set<ReportedValue>();

    public DbSet<ReviewEvent> ReviewEvents => Set<ReviewEvent>();

    public DbSet<SubmissionReviewEvent> SubmissionReviewEvents => Set<SubmissionReviewEvent>();

    public DbSet<Reminder> Reminders => Set<Reminder>();

    public DbSet<FindingRecord> Findings => Set<FindingRecord>();

    public DbSet<DocumentFieldReview> DocumentFieldReviews => Set<DocumentFieldReview>();

    public DbSet<Job> Jobs => Set<Job>();

    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();

    public DbSet<DataStamp> DataStamps => Set<DataStamp>();

    public DbSet<IntakeItem> IntakeItems => Set<IntakeItem>();

    public DbSet<IntakeMessage> IntakeMessages => Set<IntakeMessage>();

    public DbSet<IntakeEvent> IntakeEvents => Set<IntakeEvent>();

    public DbSet<MailSettings> MailSettings => Set<MailSettings>();

    /// <summary>Which database this context talks to; the job queue's claim statement depends on it.</summary>
    public abstract DatabaseProvider Provider { get; }

    /// <summary>The current <see cref="DataStamp.Version"/>: equal versions mean equal reporting data.</summary>
    public Task<long> DataVersionAsync(CancellationToken cancellationToken = default) =>
        DataStamps.AsNoTracking().Where(s => s.Id == DataStamp.SingletonId).Select(s => s.Version).SingleAsync(cancellationToken);

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        var touches = TouchesReporting();
        var saved = base.SaveChanges(acceptAllChangesOnSuccess);
        if (touches)
        {
            BumpQuery().ExecuteUpdate(s => s.SetProperty(x => x.Version, x => x.Version + 1));
        }

        return saved;
    }

    // The stamp goes up AFTER the change is committed (or inside the caller's transaction): a reader that
    // sees the new version also sees the new data, so nothing stale is ever cached under the new version.
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var touches = TouchesReporting();
        var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken).ConfigureAwait(false);
        if (touches)
        {
            await BumpQuery().ExecuteUpdateAsync(s => s.SetProperty(x => x.Version, x => x.Version + 1), cancellationToken).ConfigureAwait(false);
        }

        return saved;
    }

    private IQueryable<DataStamp> BumpQuery() => DataStamps.Where(s => s.Id == DataStamp.SingletonId);

    private bool TouchesReporting() => ChangeTracker.Entries().Any(e =>
        e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
        && e.Entity is OrgUnit or IndicatorRecord or ReportRequest or RequestRecipient or RequestIndicator or Submission or SubmissionFile or ReportedValue or ReviewEvent or SubmissionReviewEvent);

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
