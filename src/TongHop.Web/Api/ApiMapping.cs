using TongHop.Application.Intake;
using TongHop.Application.Reporting;
using TongHop.Application.Reporting.Trends;
using TongHop.Application.Review;
using TongHop.Application.Requests;
using TongHop.Core.Documents;
using TongHop.Core.Contract;
using TongHop.Core.Indicators;
using TongHop.Core.Time;
using TongHop.Storage.Entities;
using TongHop.Web.Formatting;

namespace TongHop.Web.Api;

/// <summary>Stored rows → API shapes. Times leave the API in Vietnam time with their offset.</summary>
internal static class ApiMapping
{
    public static DateTimeOffset Local(DateTime utc) => new(ProvinceTime.ToLocal(utc), TimeSpan.FromHours(7));

    public static RequestDto ToDto(ReportRequest r) =>
        new(r.Id, r.Title, r.DispatchNumber, r.PeriodLabel, r.PeriodFrom, r.PeriodTo, Local(r.DeadlineUtc), r.DispatchDate, r.ClosedAtUtc is { } c ? Local(c) : null);

    public static RequestDetailDto ToDetail(ReportRequest r) => new(
        r.Id, r.Title, r.DispatchNumber, r.DispatchDate, new PeriodDto(r.PeriodLabel, r.PeriodFrom, r.PeriodTo), Local(r.DeadlineUtc),
        RequestOutline.Of(r.OutlineJson).Select(ToDto).ToList(),
        r.Recipients.OrderBy(x => x.Unit?.Name).Select(x => new RecipientDto(x.UnitId, x.Unit?.Name, Local(x.DeadlineUtc ?? r.DeadlineUtc), x.DeadlineUtc is not null)).ToList(),
        r.ClosedAtUtc is { } closed ? Local(closed) : null, r.CreatedBy, Synthesis: ToDto(RequestSigning.Of(r)));

    private static SynthesisSigningDto ToDto(RequestSigning s) => new(s.Number, s.Authority, s.Title, s.Name, s.Recipients);

    private static OutlineItemDto ToDto(Section s) => new(s.Number, s.Title, s.Level, s.Children.Select(ToDto).ToList());

    public static SubmissionDto ToDto(Submission s, IEnumerable<FindingRecord>? warnings = null) =>
        new(s.Id, s.RequestId, s.UnitId, s.Unit?.Name, s.Version, Local(s.ReceivedAtUtc), s.FileName, s.FileSha256, Camel(s.State.ToString()), s.Error,
            Receipt.NumberOf(s),
            s.Files.OrderBy(f => f.Position).Select(f => new SubmissionFileDto(f.Id, Camel(f.Role.ToString()), f.FileName, f.FileSha256, f.Size, f.Error)).ToList(),
            s.WithdrawnAtUtc is { } w ? Local(w) : null,
            (warnings ?? []).Select(f => new WarningDto(f.Code, f.Message, f.SubmissionFileId)).ToList(),
            ReportStates.Code(s.Review), ReportStates.IsLocked(s.Review));

    public static ValueDto ToDto(ReportedValue v) => new(
        v.Id, v.SubmissionId, v.UnitId, v.IndicatorKey, ContractNames.Of(v.Kind), v.Value, v.EffectiveValue, v.MeasureUnit.Code(), v.Numerator, v.Denominator,
        ContractNames.Of(v.Qualifier), v.Period, v.Evidence, [v.SpanStart, v.SpanEnd], v.Confidence, Camel(v.Review.ToString()), v.ReviewedBy,
        v.ReviewedAtUtc is { } at ? Local(at) : null);

    public static RequestStatusDto ToDto(RequestDashboard d) => new(
        ToDto(d.Request), d.Rates.Expected, d.Rates.OnTime, d.Rates.Late, d.Rates.Missing, d.Rates.ReportingRate, d.Rates.OnTimeRate,
        d.Units.Select(u => new UnitStatusDto(u.Unit.Id, u.Unit.Code, u.Unit.Name, Camel(u.State.ToString()),
            u.FirstReceivedUtc is { } f ? Local(f) : null, u.Versions, u.Unit.ContactName, u.Unit.ContactPhone)).ToList());

    public static FigureDto ToDto(IndicatorFigure f, IndicatorTrend? trend = null) => new(
        f.Indicator.Key, f.Indicator.Name, f.Indicator.Unit.Code(), f.Indicator.Aggregate.Name(),
        f.Actual.Value, f.Actual.Count, f.Actual.Min, f.Actual.Max, f.Actual.Median, f.Target.Value, f.Actual.Basis,
        ToDto(trend?.Previous), ToDto(trend?.YearAgo));

    private static ComparisonDto? ToDto(Comparison? c) => c is null ? null : new(c.RequestId, c.PeriodLabel, c.Value, c.Change, c.RelativeChange);

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
