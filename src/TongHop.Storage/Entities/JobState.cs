namespace TongHop.Storage.Entities;

/// <summary>Life of a background job: Queued → Running → Done, or back to Queued for a retry, or Failed.</summary>
public enum JobState
{
    Queued,
    Running,
    Done,
    Failed,
}
