namespace TongHop.Web.Api;

/// <summary>A step in a report's review: <c>action</c> is start, return, approve, accept or reopen; <c>comment</c> is required to return or reopen.</summary>
public sealed record ReportStateRequestDto(string? Action, string? Comment);
