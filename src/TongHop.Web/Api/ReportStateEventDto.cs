namespace TongHop.Web.Api;

/// <summary>One step of a report's review trail: who did what, when, from which state to which, and why.</summary>
public sealed record ReportStateEventDto(string Action, string From, string To, string User, DateTimeOffset At, string? Comment);
