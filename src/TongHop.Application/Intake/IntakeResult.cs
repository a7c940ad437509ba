using System.Diagnostics.CodeAnalysis;
using Microsoft.AspNetCore.Http;
using TongHop.Storage.Entities;

namespace TongHop.Application.Intake;

/// <summary>The accepted submission, or why the upload was refused (Vietnamese) and the HTTP status that says so.</summary>
public sealed record IntakeResult(Submission? Submission, string? Error, int Status)
{
    [MemberNotNullWhen(true, nameof(Submission))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Succeeded => Submission is not null;

    public static IntakeResult Ok(Submission submission) => new(submission, null, StatusCodes.Status202Accepted);

    public static IntakeResult Fail(string error, int status = StatusCodes.Status400BadRequest) => new(null, error, status);
}
