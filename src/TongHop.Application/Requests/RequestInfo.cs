using TongHop.Core.Documents;
using TongHop.Core.Time;
using TongHop.Storage.Entities;

namespace TongHop.Application.Requests;

/// <summary>The request a report answers, as the pipeline's checks want it (deadline in province time, the outline
/// the reports must follow).</summary>
public static class RequestInfo
{
    public static ReportRequestInfo Of(ReportRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var period = new ReportPeriod(request.PeriodLabel, request.PeriodFrom, request.PeriodTo);
        return new ReportRequestInfo(request.Deadline.Local, period, [], RequestOutline.Of(request.OutlineJson));
    }
}
