using TongHop.Storage.Entities;

namespace TongHop.Application.Processing;

/// <summary>
/// Runs the jobs of one kind (registered with <see cref="JobHandlers.AddJobHandler{THandler}"/>). It runs in a scope of its
/// own with the job tracked by that scope's database context; what it saves, it saves with the job's state. It may
/// settle the job itself (<c>JobQueue.MarkDone</c> / <c>MarkFailed</c>, e.g. to keep a result and the job's completion
/// in one transaction); if it returns without doing so the job is done, and if it throws the job is retried.
/// </summary>
public interface IJobHandler
{
    Task RunAsync(Job job, CancellationToken cancellationToken);
}
