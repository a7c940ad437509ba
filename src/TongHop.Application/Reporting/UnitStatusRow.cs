using TongHop.Storage.Entities;
using TongHop.Synthesis.Reporting;

namespace TongHop.Application.Reporting;

/// <summary>One expected unit on a request's dashboard: its state, first receipt, versions and whom to call.</summary>
public sealed record UnitStatusRow(
    OrgUnit Unit,
    ReportingState State,
    DateTime? FirstReceivedUtc,
    int Versions,
    int? LatestSubmissionId,
    ProcessingState? LatestProcessing,
    SubmissionReview? LatestReview = null);
