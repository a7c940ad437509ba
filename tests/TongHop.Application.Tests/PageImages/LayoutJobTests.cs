using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using TongHop.Application.PageImages;
using TongHop.Application.Processing;
using TongHop.Application.Tests.Support;
using TongHop.Storage;
using TongHop.Storage.Entities;
using TongHop.Storage.Files;
using TongHop.Storage.Jobs;
using TongHop.Storage.Tests.Support;
using TongHop.Testing;

namespace TongHop.Application.Tests.PageImages;

/// <summary>
/// The LibreOffice layout of a text or DOCX report is a job of its own (<see cref="JobKinds.Layout"/>): the extraction
/// stores its values and queues the layout without waiting for it; a layout that fails leaves the extraction as it was
/// and is retried like any other job, and once it succeeds the pages and word boxes are there.
/// </summary>
public sealed class LayoutJobTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task TextReport_IsReadFirst_ThenLaidOutByItsOwnJob_RetriedAfterAFailure(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = await AppServices.BuildAsync(database, s =>
            s.AddSingleton(new WorkerOptions(true, TimeSpan.FromMinutes(5), TimeSpan.FromMilliseconds(50))));
        var store = services.GetRequiredService<PageImageStore>();
        var originals = services.GetRequiredService<OriginalStore>();
        int submissionId;
        string sha;
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TongHopDbContext>();
            var queue = scope.ServiceProvider.GetRequiredService<JobQueue>();
            await using (var file = File.OpenRead(SharedPaths.Repo("tests", "fixtures", "formats", "bao-cao-phuong-tan-an.txt")))
            {
                sha = (await originals.SaveAsync(file)).Sha256!;
            }

            var submission = await Seed.SubmissionAsync(db);
            db.Files.Add(new StoredFile { Sha256 = sha, Size = new FileInfo(originals.PathOf(sha)).Length, StoredAtUtc = submission.ReceivedAtUtc });
            submission.FileSha256 = sha;
            queue.Enqueue(JobKinds.Extract, submission);
            await db.SaveChangesAsync();
            submissionId = submission.Id;

            // The extraction alone: the values are stored and the layout is queued, not done.
            var extract = (await queue.ClaimNextAsync("test", TimeSpan.FromMinutes(5), [JobKinds.Extract]))!;
            await scope.ServiceProvider.GetRequiredService<SubmissionProcessor>().ProcessAsync(extract, CancellationToken.None);
        }

        var (state, values) = await SubmissionAsync(services, submissionId);
        Assert.Equal(ProcessingState.Done, state);
        Assert.True(values > 0, "the text report gave no values");
        var layout = Assert.Single(await LayoutJobsAsync(services, submissionId));
        Assert.Equal((JobState.Queued, 0), (layout.State, layout.Attempts));
        Assert.Equal(0, store.PageCount(sha));

        // The layout fails (its original is away): the job is queued again with its error, the extraction keeps its result.
        var original = originals.PathOf(sha);
        var aside = Path.Combine(database.Folder, "aside.txt");
        File.Move(original, aside);
        var worker = services.GetServices<IHostedService>().OfType<JobWorker>().Single();
        await worker.StartAsync(CancellationToken.None);
        try
        {
            await Until(async () => (await LayoutJobsAsync(services, submissionId)).Single() is { Attempts: 1, State: JobState.Queued, LastError: not null });
            Assert.Equal((ProcessingState.Done, values), await SubmissionAsync(services, submissionId));
            Assert.Equal(0, store.PageCount(sha));

            // Back in place, the retry lays it out: pages, and the words' boxes on the restored text.
            File.Move(aside, original);
            await Until(async () => (await LayoutJobsAsync(services, submissionId)).Single().State == JobState.Done);
        }
        finally
        {
            await worker.StopAsync(CancellationToken.None);
        }

        Assert.Equal(2, (await LayoutJobsAsync(services, submissionId)).Single().Attempts);
        Assert.True(store.PageCount(sha) >= 1, "no page image after the layout job");
        Assert.NotEmpty(store.Words(sha).Pages);
        Assert.Equal((ProcessingState.Done, values), await SubmissionAsync(services, submissionId));
    }

    private static async Task<(ProcessingState State, int Values)> SubmissionAsync(IServiceProvider services, int id)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TongHopDbContext>();
        var state = await db.Submissions.Where(s => s.Id == id).Select(s => s.State).SingleAsync();
        return (state, await db.Values.CountAsync(v => v.SubmissionId == id));
    }

    private static async Task<List<Job>> LayoutJobsAsync(IServiceProvider services, int submissionId)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<TongHopDbContext>().Jobs.AsNoTracking()
            .Where(j => j.SubmissionId == submissionId && j.Kind == JobKinds.Layout).ToListAsync();
    }

    private static async Task Until(Func<Task<bool>> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (!await done())
        {
            Assert.True(DateTime.UtcNow < deadline, "the layout job did not get there in time");
            await Task.Delay(100);
        }
    }
}
