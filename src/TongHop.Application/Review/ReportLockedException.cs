namespace TongHop.Application.Review;

/// <summary>A value of an approved or accepted report was to be changed: the report must be reopened first. The message is Vietnamese.</summary>
public sealed class ReportLockedException : InvalidOperationException
{
    public ReportLockedException()
        : base("Báo cáo đã khóa.")
    {
    }

    public ReportLockedException(string message)
        : base(message)
    {
    }

    public ReportLockedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
