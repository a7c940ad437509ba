using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TongHop.Storage.Entities;
using TongHop.Storage.Jobs;
using TongHop.Storage.Tests.Support;

namespace TongHop.Storage.Tests.Jobs;

public sealed class JobQueueTests
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Claim_TakesOldestQueuedOnce(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = await database.BuildServicesAsync();
        await EnqueueAsync(services, 2);
        await using var scope = services.CreateAsyncScope();
        var queue = scope.ServiceProvider.GetRequiredService<JobQueue>();
        var first = await queue.ClaimNextAsync("w1", Lease);
        var second = await queue.ClaimNextAsync("w1", Lease);
        Assert.NotNull(first);
        Assert.NotNull(second);
        Assert.True(first.Id < second.Id);
        Assert.Equal(JobState.Running, first.State);
        Assert.Equal(1, first.Attempts);
        Assert.Equal("w1", first.LockedBy);
        Assert.Null(await queue.ClaimNextAsync("w1", Lease));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Claim_ExpiredLease_IsTakenOver(string provider)
    {
        var clock = new ManualClock(new DateTimeOffset(2025, 9, 20, 3, 0, 0, TimeSpan.Zero));
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = await database.BuildServicesAsync(clock);
        await EnqueueAsync(services, 1);
        await using var scope = services.CreateAsyncScope();
        var queue = scope.ServiceProvider.GetRequiredService<JobQueue>();
        Assert.NotNull(await queue.ClaimNextAsync("dead-worker", Lease));
        Assert.Null(await queue.ClaimNextAsync("w2", Lease));
        clock.Advance(Lease + TimeSpan.FromSeconds(1));
        await using var later = services.CreateAsyncScope();
        var taken = await later.ServiceProvider.GetRequiredService<JobQueue>().ClaimNextAsync("w2", Lease);
        Assert.NotNull(taken);
        Assert.Equal("w2", taken.LockedBy);
        Assert.Equal(2, taken.Attempts);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task MarkFailed_RetriesWithBackoffThenGivesUpKeepingError(string provider)
    {
        var clock = new ManualClock(new DateTimeOffset(2025, 9, 20, 3, 0, 0, TimeSpan.Zero));
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = await database.BuildServicesAsync(clock);
        await EnqueueAsync(services, 1);
        var retried = new List<bool>();
        for (var attempt = 1; attempt <= 3; attempt++)
        {
            await using var scope = services.CreateAsyncScope();
            var queue = scope.ServiceProvider.GetRequiredService<JobQueue>();
            var job = await queue.ClaimNextAsync("w", Lease);
            Assert.NotNull(job);
            Assert.Null(await queue.ClaimNextAsync("w", Lease));
            retried.Add(queue.MarkFailed(job, $"lỗi lần {attempt}"));
            await scope.ServiceProvider.GetRequiredService<TongHopDbContext>().SaveChangesAsync();
            clock.Advance(TimeSpan.FromMinutes(1));
        }

        Assert.Equal([true, true, false], retried);
        await using var check = services.CreateAsyncScope();
        var final = await check.ServiceProvider.GetRequiredService<TongHopDbContext>().Jobs.SingleAsync();
        Assert.Equal(JobState.Failed, final.State);
        Assert.Equal("lỗi lần 3", final.LastError);
        Assert.Null(await check.ServiceProvider.GetRequiredService<JobQueue>().ClaimNextAsync("w", Lease));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Claim_ConcurrentWorkers_NeverTakeTheSameJob(string provider)
    {
        const int jobs = 24;
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = await database.BuildServicesAsync();
        await EnqueueAsync(services, jobs);
        var claimed = new ConcurrentBag<long>();
        var workers = Enumerable.Range(0, 4).Select(w => Task.Run(async () =>
        {
            while (true)
            {
                await using var scope = services.CreateAsyncScope();
                var job = await scope.ServiceProvider.GetRequiredService<JobQueue>().ClaimNextAsync($"w{w}", Lease);
                if (job is null)
                {
                    return;
                }

                claimed.Add(job.Id);
            }
        }));
        await Task.WhenAll(workers);
        Assert.Equal(jobs, claimed.Count);
        Assert.Equal(jobs, claimed.Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ReleaseOrphans_RequeuesRunningJobs(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = await database.BuildServicesAsync();
        await EnqueueAsync(services, 1);
        await using var scope = services.CreateAsyncScope();
        var queue = scope.ServiceProvider.GetRequiredService<JobQueue>();
        Assert.NotNull(await queue.ClaimNextAsync("crashed", Lease));
        Assert.Equal(1, await queue.ReleaseOrphansAsync());
        Assert.NotNull(await queue.ClaimNextAsync("restarted", Lease));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Lease_RenewedWhileWorkRuns_JobIsNotTakenOverAndRunsOnce(string provider)
    {
        // A job whose work takes well beyond its (short) lease: the heartbeat keeps it from a second worker. The lease is
        // short for a test but long enough that a renewal delayed by a loaded machine (SQLite's single writer, with
        // the second worker polling) still lands in time: at 900 ms, a load of 40 made it miss.
        var lease = TimeSpan.FromSeconds(3);
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = await database.BuildServicesAsync();
        await EnqueueAsync(services, 1);
        var scopes = services.GetRequiredService<IServiceScopeFactory>();
        await using var scope = services.CreateAsyncScope();
        var job = await scope.ServiceProvider.GetRequiredService<JobQueue>().ClaimNextAsync("w1", lease);
        Assert.NotNull(job);
        var runs = 1;
        var takenBySecond = 0;
        await JobLease.RunAsync(scopes, job.Id, "w1", lease, async () =>
        {
            var end = DateTime.UtcNow + lease * 3;
            while (DateTime.UtcNow < end)
            {
                await using var other = services.CreateAsyncScope();
                if (await other.ServiceProvider.GetRequiredService<JobQueue>().ClaimNextAsync("w2", lease) is not null)
                {
                    takenBySecond++;
                    runs++;
                }

                await Task.Delay(100);
            }
        }, CancellationToken.None);
        Assert.Equal(0, takenBySecond);
        Assert.Equal(1, runs);

        // The renewals stopped with the work (as when the worker dies): the lease runs out and w2 takes the job over,
        // after which the first worker can no longer renew it.
        await Task.Delay(lease + TimeSpan.FromMilliseconds(300));
        await using var later = services.CreateAsyncScope();
        var queue = later.ServiceProvider.GetRequiredService<JobQueue>();
        var taken = await queue.ClaimNextAsync("w2", lease);
        Assert.NotNull(taken);
        Assert.Equal(job.Id, taken.Id);
        Assert.False(await queue.RenewAsync(job.Id, "w1", lease));
        Assert.True(await queue.RenewAsync(job.Id, "w2", lease));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Enqueue_AJobWithoutSubmission_IsClaimedWithItsKindAndPayload(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = await database.BuildServicesAsync();
        await using (var scope = services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<JobQueue>().Enqueue("reindex", payload: "{\"full\":true}");
            await scope.ServiceProvider.GetRequiredService<TongHopDbContext>().SaveChangesAsync();
        }

        await using var claim = services.CreateAsyncScope();
        var job = await claim.ServiceProvider.GetRequiredService<JobQueue>().ClaimNextAsync("w1", Lease);
        Assert.NotNull(job);
        Assert.Equal(("reindex", (int?)null, "{\"full\":true}"), (job.Kind, job.SubmissionId, job.Payload));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Claim_TakesOnlyTheKindsAsked(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = await database.BuildServicesAsync();
        await using (var scope = services.CreateAsyncScope())
        {
            var queue = scope.ServiceProvider.GetRequiredService<JobQueue>();
            queue.Enqueue("poll-mail");
            queue.Enqueue("remind");
            await scope.ServiceProvider.GetRequiredService<TongHopDbContext>().SaveChangesAsync();
        }

        await using var claim = services.CreateAsyncScope();
        var jobs = claim.ServiceProvider.GetRequiredService<JobQueue>();
        Assert.Null(await jobs.ClaimNextAsync("w1", Lease, ["extract"]));
        Assert.Equal("remind", (await jobs.ClaimNextAsync("w1", Lease, ["remind", "extract"]))?.Kind);
        Assert.Equal("poll-mail", (await jobs.ClaimNextAsync("w1", Lease))?.Kind);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Schedule_RunsAtItsTimeAndOncePerKey(string provider)
    {
        var clock = new ManualClock(new DateTimeOffset(2025, 9, 20, 3, 0, 0, TimeSpan.Zero));
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = await database.BuildServicesAsync(clock);
        var runAt = clock.Now.UtcDateTime.AddHours(20);
        long first;
        await using (var scope = services.CreateAsyncScope())
        {
            var queue = scope.ServiceProvider.GetRequiredService<JobQueue>();
            first = (await queue.ScheduleAsync("remind", "request-7:2025-09-21", runAt, "7")).Id;
            Assert.Equal(first, (await queue.ScheduleAsync("remind", "request-7:2025-09-21", runAt.AddHours(1), "7")).Id);
            await queue.ScheduleAsync("remind", "request-7:2025-09-22", runAt.AddDays(1), "7");
            await queue.ScheduleAsync("poll-mail", "request-7:2025-09-21", runAt, null);
        }

        // Another process (scope) scheduling the same occurrence gets the same job.
        await using (var other = services.CreateAsyncScope())
        {
            Assert.Equal(first, (await other.ServiceProvider.GetRequiredService<JobQueue>().ScheduleAsync("remind", "request-7:2025-09-21", runAt)).Id);
            Assert.Equal(3, await other.ServiceProvider.GetRequiredService<TongHopDbContext>().Jobs.CountAsync());
        }

        await using var claim = services.CreateAsyncScope();
        var jobs = claim.ServiceProvider.GetRequiredService<JobQueue>();
        Assert.Null(await jobs.ClaimNextAsync("w1", Lease, ["remind"]));
        clock.Advance(TimeSpan.FromHours(20));
        var due = await jobs.ClaimNextAsync("w1", Lease, ["remind"]);
        Assert.Equal((first, "7"), (due?.Id, due?.Payload));
        Assert.Null(await jobs.ClaimNextAsync("w1", Lease, ["remind"]));
    }

    private static async Task EnqueueAsync(IServiceProvider services, int count)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TongHopDbContext>();
        var queue = scope.ServiceProvider.GetRequiredService<JobQueue>();
        for (var i = 0; i < count; i++)
        {
            queue.Enqueue("extract", await Seed.SubmissionAsync(db, version: i + 1));
        }

        await db.SaveChangesAsync();
    }
}
