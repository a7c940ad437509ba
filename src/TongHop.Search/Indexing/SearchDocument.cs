namespace TongHop.Search.Indexing;

/// <summary>
/// One stored report as the index sees it: the repaired text of a submission with its <see cref="Header"/>.
/// <see cref="Text"/> is the restored text the review page shows, so snippet spans ([start, end) UTF-16 offsets)
/// point into it.
/// </summary>
public sealed record SearchDocument(ReportHeader Header, DateTime ProcessedAtUtc, IReadOnlyList<string> CitedNumbers, string Text)
{
    public int SubmissionId => Header.SubmissionId;

    /// <summary>Identifies this extraction of the submission: a re-processed submission gets a new revision.</summary>
    public string Revision => RevisionOf(SubmissionId, ProcessedAtUtc);

    public static string RevisionOf(int submissionId, DateTime processedAtUtc) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{submissionId}:{processedAtUtc.Ticks}");
}
