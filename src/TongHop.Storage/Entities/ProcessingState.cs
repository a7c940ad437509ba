namespace TongHop.Storage.Entities;

/// <summary>Where the extraction of a submission stands.</summary>
public enum ProcessingState
{
    Queued,
    Processing,
    Done,
    Failed,
}
