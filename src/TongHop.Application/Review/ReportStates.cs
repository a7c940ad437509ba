using TongHop.Storage.Entities;

namespace TongHop.Application.Review;

/// <summary>The review states of a report: which action leads where, which states lock, and their Vietnamese labels.</summary>
public static class ReportStates
{
    /// <summary>Approved and accepted reports are locked: no value may be corrected, confirmed or rejected.</summary>
    public static bool IsLocked(SubmissionReview state) => state is SubmissionReview.Approved or SubmissionReview.Accepted;

    /// <summary>The state <paramref name="action"/> leads to from <paramref name="from"/>; null when it cannot be taken there.</summary>
    public static SubmissionReview? Next(SubmissionReview from, ReportAction action) => (action, from) switch
    {
        (ReportAction.Start, SubmissionReview.Received) => SubmissionReview.UnderReview,
        (ReportAction.Return, SubmissionReview.Received or SubmissionReview.UnderReview) => SubmissionReview.Returned,
        (ReportAction.Approve, SubmissionReview.Received or SubmissionReview.UnderReview) => SubmissionReview.Approved,
        (ReportAction.Accept, SubmissionReview.Approved) => SubmissionReview.Accepted,
        (ReportAction.Reopen, SubmissionReview.Approved or SubmissionReview.Accepted) => SubmissionReview.UnderReview,
        _ => null,
    };

    /// <summary>Return and reopen need words: what the unit must correct, why the locked report is opened again.</summary>
    public static bool NeedsComment(ReportAction action) => action is ReportAction.Return or ReportAction.Reopen;

    /// <summary>The API's name of a state (<c>underReview</c>).</summary>
    public static string Code(SubmissionReview state) => char.ToLowerInvariant(state.ToString()[0]) + state.ToString()[1..];

    /// <summary>The API's name of an action (<c>return</c>).</summary>
    public static string Code(ReportAction action) => action.ToString().ToLowerInvariant();

    public static bool TryParse(string? code, out ReportAction action)
    {
        foreach (var candidate in Enum.GetValues<ReportAction>())
        {
            if (string.Equals(Code(candidate), code?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                action = candidate;
                return true;
            }
        }

        action = default;
        return false;
    }

    public static string Label(SubmissionReview state) => state switch
    {
        SubmissionReview.Received => "Đã nhận",
        SubmissionReview.UnderReview => "Đang rà soát",
        SubmissionReview.Returned => "Trả lại để chỉnh sửa",
        SubmissionReview.Approved => "Đã duyệt",
        SubmissionReview.Accepted => "Đã chấp nhận",
        _ => state.ToString(),
    };

    public static string Label(ReportAction action) => action switch
    {
        ReportAction.Start => "Bắt đầu rà soát",
        ReportAction.Return => "Trả lại đơn vị",
        ReportAction.Approve => "Duyệt",
        ReportAction.Accept => "Chấp nhận",
        ReportAction.Reopen => "Mở lại",
        _ => action.ToString(),
    };
}
