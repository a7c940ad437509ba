namespace TongHop.Application.Processing;

/// <summary>The kinds of background job the application runs, each with its handler (<see cref="JobHandlers"/>).</summary>
public static class JobKinds
{
    /// <summary>Read a submission's original through the pipeline and store the result (<see cref="SubmissionProcessor"/>).</summary>
    public const string Extract = "extract";

    /// <summary>
    /// Lay out a DOCX or text report as pages with LibreOffice for the review page (<see cref="PageImages.LayoutJob"/>); queued by
    /// the extraction in the same commit as its result, so the reading is never held up by LibreOffice's seconds.
    /// </summary>
    public const string Layout = "layout";

    /// <summary>Read the intake mailbox once (<see cref="Mail.MailPollJob"/>); scheduled once per polling interval, whichever process schedules it.</summary>
    public const string MailPoll = "mail-poll";

    /// <summary>Remind the units of a request that have not reported, in one round (<see cref="Reminders.ReminderJob"/>).</summary>
    public const string Remind = "remind";
}
