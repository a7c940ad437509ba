namespace TongHop.Application.Processing;

/// <summary>The kinds of background job the application runs, each with its handler (<see cref="JobHandlers"/>).</summary>
public static class JobKinds
{
    /// <summary>Read a submission's original through the pipeline and store the result (<see cref="SubmissionProcessor"/>).</summary>
    public const string Extract = "extract";
}
