using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using TongHop.Application.Processing;
using TongHop.Application.Tests.Support;
using TongHop.Storage;
using TongHop.Storage.Entities;
using TongHop.Storage.Jobs;
using TongHop.Storage.Tests.Support;

namespace TongHop.Application.Tests.Processing;

/// <summary>The worker runs each job with the handler registered for its kind, a job needs no submission, and a kind without a handler is left for a process that has one.</summary>
public sealed class JobWorkerTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Worker_DispatchesByKind(string provider)
    {
        var seen = new Seen();
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = await AppServices.BuildAsync(database, s =>
        {
            s.AddSingleton(seen);
            s.AddJobHandler<NoteHandler>("test-note");
            s.AddJobHandler<FailingHandler>("test-fail");
            s.AddSingleton(new WorkerOptions(true, TimeSpan.FromMinutes(5), TimeSpan.FromMilliseconds(50)));
        });
        long note, fail, unknown;
        await using (var scope = services.CreateAsyncScope())
        {
            var queue = scope.ServiceProvider.GetRequiredService<JobQueue>();
            var jobs = (queue.Enqueue("test-note", payload: "nhắc hạn yêu cầu 7"), queue.Enqueue("test-fail"), queue.Enqueue("test-other"));
            await scope.ServiceProvider.GetRequiredService<TongHopDbContext>().SaveChangesAsync();
            (note, fail, unknown) = (jobs.Item1.Id, jobs.Item2.Id, jobs.Item3.Id);
        }

        var worker = services.GetServices<IHostedService>().OfType<JobWorker>().Single();
        await worker.StartAsync(CancellationToken.None);
        try
        {
            await Until(async () => (await JobAsync(services, fail)) is { Attempts: 1, State: JobState.Queued } && (await JobAsync(services, note)).State == JobState.Done);
        }
        finally
        {
            await worker.StopAsync(CancellationToken.None);
        }

        Assert.Equal([(note, "nhắc hạn yêu cầu 7")], seen.Runs);
        var failed = await JobAsync(services, fail);
        Assert.Equal((JobState.Queued, "không gửi được thư"), (failed.State, failed.LastError));
        var other = await JobAsync(services, unknown);
        Assert.Equal((JobState.Queued, 0), (other.State, other.Attempts));
    }

    [Fact]
    public void AddJobHandler_TwiceForOneKind_IsRefused()
    {
        var services = new ServiceCollection().AddJobHandler<NoteHandler>("test-note");
        Assert.Throws<InvalidOperationException>(() => services.AddJobHandler<FailingHandler>("test-note"));
    }

    private static async Task<Job> JobAsync(IServiceProvider services, long id)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<TongHopDbContext>().Jobs.AsNoTracking().SingleAsync(j => j.Id == id);
    }

    private static async Task Until(Func<Task<bool>> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (!await done())
        {
            Assert.True(DateTime.UtcNow < deadline, "the worker did not run the jobs in time");
            await Task.Delay(50);
        }
    }

    private sealed class Seen
    {
        private readonly ConcurrentQueue<(long, string?)> _runs = new();

        public IReadOnlyList<(long Id, string? Payload)> Runs => [.. _runs];

        public void Add(Job job) => _runs.Enqueue((job.Id, job.Payload));
    }

    private sealed class NoteHandler(Seen seen) : IJobHandler
    {
        public Task RunAsync(Job job, CancellationToken cancellationToken)
        {
            seen.Add(job);
            return Task.CompletedTask;
        }
    }

    private sealed class FailingHandler : IJobHandler
    {
        public Task RunAsync(Job job, CancellationToken cancellationToken) => throw new InvalidOperationException("không gửi được thư");
    }
}
