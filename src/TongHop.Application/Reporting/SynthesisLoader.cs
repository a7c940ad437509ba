using Microsoft.EntityFrameworkCore;
using TongHop.Application.Catalog;
using TongHop.Application.DocumentReview;
using TongHop.Application.Reporting.Trends;
using TongHop.Application.Requests;
using TongHop.Core.Contract;
using TongHop.Core.Time;
using TongHop.Extraction.Indicators.Catalog;
using TongHop.Storage;
using TongHop.Storage.Entities;
using TongHop.Synthesis.Drafting;

namespace TongHop.Application.Reporting;

/// <summary>
/// Reads a request and its units' latest processed reports from the database into the synthesis input
/// (the drafting itself knows no database). Units and their reporting states are the dashboard's; values
/// are those that count (<see cref="CountingValues"/>), corrections applied.
/// </summary>
public sealed class SynthesisLoader(TongHopDbContext db, TimeProvider clock, ReportingQueries queries, CurrentCatalog catalogs, TrendQueries trends)
{
    public async Task<LoadedSynthesis?> LoadAsync(int requestId, CancellationToken cancellationToken = default)
    {
        var dashboard = await queries.DashboardAsync(requestId, cancellationToken);
        if (dashboard is null)
        {
            return null;
        }

        var request = dashboard.Request;
        var latest = await db.Submissions.AsNoTracking().Where(s => s.RequestId == requestId && s.State == ProcessingState.Done && s.WithdrawnAtUtc == null)
            .GroupBy(s => s.UnitId).Select(g => g.Max(s => s.Id)).ToListAsync(cancellationToken);
        var submissions = await db.Submissions.AsNoTracking().Where(s => latest.Contains(s.Id))
            .Select(s => new { s.Id, s.UnitId, s.FileName, s.ExtractionJson, s.RestoredText, s.Review }).ToDictionaryAsync(s => s.UnitId, cancellationToken);
        var counting = (await CountingValues.OfRequestAsync(db, requestId, cancellationToken)).Where(v => v.Value is not null).OrderBy(v => v.Id).ToList();
        var ids = counting.Select(v => v.Id).ToList();
        var evidence = await db.Values.AsNoTracking().Where(v => ids.Contains(v.Id)).ToDictionaryAsync(v => v.Id, v => v.Evidence, cancellationToken);
        var values = counting.ToLookup(v => v.UnitId, v => new SynthesisValue(v.IndicatorKey, v.Kind, v.Value!.Value, v.Numerator, v.Denominator, v.Reviewed, v.Confidence, evidence[v.Id]));
        // The number and date the reviewers confirmed or corrected, else as read.
        var documents = await DocumentReviewService.ManyAsync(db, latest, cancellationToken);
        var findings = (await db.Findings.AsNoTracking().Where(f => latest.Contains(f.SubmissionId)).ToListAsync(cancellationToken)).ToLookup(f => f.SubmissionId);
        var units = dashboard.Units.Select(row =>
        {
            var submission = submissions.GetValueOrDefault(row.Unit.Id);
            var sections = submission is null ? ReportSections.Empty : ReportSections.From(ExtractJsonReader.TryRead(submission.ExtractionJson, out var extraction) ? extraction : null, submission.RestoredText);
            return new SynthesisUnit(
                row.Unit.Id, row.Unit.Code, row.Unit.Name, row.State, row.FirstReceivedUtc is { } t ? ProvinceTime.ToLocal(t) : null,
                submission is null ? null : documents.TryGetValue(submission.Id, out var document)
                    ? new SourceDocument(document[DocumentFields.Number].Value, document.Date, submission.FileName)
                    : new SourceDocument(sections.Number, sections.Date, submission.FileName),
                values[row.Unit.Id].ToList(), sections.Results, sections.Difficulties, sections.Proposals,
                submission is null ? [] : findings[submission.Id].Select(f => f.Message).ToList(),
                submission?.Review == SubmissionReview.Accepted) { Plans = sections.Plans };
        }).ToList();
        var catalog = await catalogs.GetAsync(db, cancellationToken);
        var input = new SynthesisInput(
            Request(request), await IndicatorsAsync(catalog, requestId, cancellationToken), units, DateOnly.FromDateTime(ProvinceTime.ToLocal(clock.GetUtcNow().UtcDateTime)), catalog.Groups)
        {
            Trends = TrendsOf(await trends.TrendsAsync(requestId, cancellationToken: cancellationToken)),
        };
        return new LoadedSynthesis(input, Signing(new SynthesisOptions(await ProvinceAsync(cancellationToken)), request));
    }

    // The number, signer and "Nơi nhận" the request sets (its edit page); what it leaves empty keeps the drafting's default.
    private static SynthesisOptions Signing(SynthesisOptions options, ReportRequest request)
    {
        var signing = RequestSigning.Of(request);
        return options with
        {
            Number = signing.Number,
            SignPrefix = signing.Title is null ? options.SignPrefix : signing.Authority ?? "",
            SignerTitle = signing.Title ?? options.SignerTitle,
            SignerName = signing.Name,
            Recipients = signing.Recipients.Count > 0 ? signing.Recipients : options.Recipients,
        };
    }

    // The province figures of the earlier requests, for the drafting to word the comparison.
    private static SynthesisTrends TrendsOf(RequestTrends? trends)
    {
        if (trends is null || trends.Series.Count == 0)
        {
            return SynthesisTrends.None;
        }

        var current = trends.Series[^1];
        EarlierRequest? Earlier(PeriodRequest? r) => r is null ? null : new EarlierRequest(r.Id, r.PeriodLabel, r.Months, r.To.AddDays(1) == current.From);
        Dictionary<string, decimal> Values(Func<IndicatorTrend, Comparison?> of) =>
            trends.ByKey.Values.Where(t => of(t)?.Value is not null).ToDictionary(t => t.Key, t => of(t)!.Value!.Value);
        return new SynthesisTrends(Earlier(trends.Previous), Earlier(trends.YearAgo), Values(t => t.Previous), Values(t => t.YearAgo));
    }

    private static SynthesisRequest Request(ReportRequest r) => new(
        r.Title, r.PeriodLabel, r.DispatchNumber, r.DispatchDate ?? DateOnly.FromDateTime(ProvinceTime.ToLocal(r.CreatedAtUtc)), r.Deadline.Local);

    // The indicators the request asks for, or the whole catalog when it names none, in catalog order.
    private async Task<List<SynthesisIndicator>> IndicatorsAsync(IndicatorCatalog catalog, int requestId, CancellationToken cancellationToken)
    {
        var keys = await db.RequestIndicators.AsNoTracking().Where(r => r.RequestId == requestId).Select(r => r.IndicatorKey).ToListAsync(cancellationToken);
        return ReportingQueries.Asked(catalog, keys).Select(i => new SynthesisIndicator(i.Key, i.Group, i.Name, i.Unit, i.Aggregate, i.Highlight, i.Chart)).ToList();
    }

    // "Tỉnh Quảng Ngãi" → "Quảng Ngãi", from the root of the unit tree.
    private async Task<string> ProvinceAsync(CancellationToken cancellationToken)
    {
        var name = await db.Units.AsNoTracking().Where(u => u.Kind == OrgUnitKind.Province).OrderBy(u => u.Id).Select(u => u.Name).FirstOrDefaultAsync(cancellationToken);
        return name is null ? "……" : name.StartsWith("Tỉnh ", StringComparison.Ordinal) ? name["Tỉnh ".Length..] : name;
    }
}
