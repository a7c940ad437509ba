using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using TongHop.Application.DocumentReview;
using TongHop.Core.Time;
using TongHop.Storage;
using TongHop.Storage.Entities;
using TongHop.Synthesis.Drafting;

namespace TongHop.Application.Reporting;

/// <summary>
/// Reads a request and its units' latest processed reports from the database into the synthesis input
/// (the drafting itself knows no database). Units and their reporting states are the dashboard's; values
/// are those of each unit's latest processed submission, rejected ones left out, corrections applied.
/// </summary>
/// <remarks>Without a <paramref name="cache"/> (the command line), the dashboard's states are computed afresh.</remarks>
public sealed class SynthesisLoader(TongHopDbContext db, TimeProvider clock, IMemoryCache? cache = null)
{
    public async Task<LoadedSynthesis?> LoadAsync(int requestId, CancellationToken cancellationToken = default)
    {
        using var ownCache = cache is null ? new MemoryCache(new MemoryCacheOptions()) : null;
        var dashboard = await new ReportingQueries(db, clock, cache ?? ownCache!).DashboardAsync(requestId, cancellationToken);
        if (dashboard is null)
        {
            return null;
        }

        var request = dashboard.Request;
        var latest = await db.Submissions.AsNoTracking().Where(s => s.RequestId == requestId && s.State == ProcessingState.Done)
            .GroupBy(s => s.UnitId).Select(g => g.Max(s => s.Id)).ToListAsync(cancellationToken);
        var submissions = await db.Submissions.AsNoTracking().Where(s => latest.Contains(s.Id))
            .Select(s => new { s.Id, s.UnitId, s.FileName, s.ExtractionJson, s.RestoredText }).ToDictionaryAsync(s => s.UnitId, cancellationToken);
        var values = (await db.Values.AsNoTracking().Where(v => latest.Contains(v.SubmissionId) && v.Review != ReviewState.Rejected).ToListAsync(cancellationToken)).ToLookup(v => v.UnitId);
        // The number and date the reviewers confirmed or corrected, else as read.
        var documents = await new DocumentReviewService(db, clock).GetManyAsync(latest, cancellationToken);
        var findings = (await db.Findings.AsNoTracking().Where(f => latest.Contains(f.SubmissionId)).ToListAsync(cancellationToken)).ToLookup(f => f.SubmissionId);
        var units = dashboard.Units.Select(row =>
        {
            var submission = submissions.GetValueOrDefault(row.Unit.Id);
            var sections = submission is null ? ReportSections.Empty : ReportSections.From(submission.ExtractionJson, submission.RestoredText);
            return new SynthesisUnit(
                row.Unit.Id, row.Unit.Code, row.Unit.Name, row.State, row.FirstReceivedUtc is { } t ? ProvinceTime.ToLocal(t) : null,
                submission is null ? null : documents.TryGetValue(submission.Id, out var document)
                    ? new SourceDocument(document[DocumentFields.Number].Value, document.Date, submission.FileName)
                    : new SourceDocument(sections.Number, sections.Date, submission.FileName),
                values[row.Unit.Id].Select(Value).ToList(), sections.Results, sections.Difficulties, sections.Proposals,
                submission is null ? [] : findings[submission.Id].Select(f => f.Message).ToList());
        }).ToList();
        var input = new SynthesisInput(Request(request), await IndicatorsAsync(requestId, cancellationToken), units, DateOnly.FromDateTime(ProvinceTime.ToLocal(clock.GetUtcNow().UtcDateTime)));
        return new LoadedSynthesis(input, new SynthesisOptions(await ProvinceAsync(cancellationToken)));
    }

    private static SynthesisRequest Request(ReportRequest r) => new(
        r.Title, r.PeriodLabel, r.DispatchNumber, DateOnly.FromDateTime(ProvinceTime.ToLocal(r.CreatedAtUtc)), ProvinceTime.ToLocal(r.DeadlineUtc));

    private static SynthesisValue Value(ReportedValue v) => new(
        v.IndicatorKey, v.Kind, v.EffectiveValue!.Value, v.Numerator, v.Denominator, v.Review is ReviewState.Confirmed or ReviewState.Corrected, v.Confidence, v.Evidence);

    // The indicators the request asks for, or the whole catalog when it names none, in catalog order.
    private async Task<List<SynthesisIndicator>> IndicatorsAsync(int requestId, CancellationToken cancellationToken)
    {
        var keys = await db.RequestIndicators.AsNoTracking().Where(r => r.RequestId == requestId).Select(r => r.IndicatorKey).ToListAsync(cancellationToken);
        var indicators = await db.Indicators.AsNoTracking().Where(i => keys.Count == 0 || keys.Contains(i.Key)).OrderBy(i => i.SortOrder).ToListAsync(cancellationToken);
        return indicators.Select(i => new SynthesisIndicator(i.Key, i.Group, i.Name, i.Unit, i.Aggregate)).ToList();
    }

    // "Tỉnh Quảng Ngãi" → "Quảng Ngãi", from the root of the unit tree.
    private async Task<string> ProvinceAsync(CancellationToken cancellationToken)
    {
        var name = await db.Units.AsNoTracking().Where(u => u.Kind == OrgUnitKind.Province).OrderBy(u => u.Id).Select(u => u.Name).FirstOrDefaultAsync(cancellationToken);
        return name is null ? "……" : name.StartsWith("Tỉnh ", StringComparison.Ordinal) ? name["Tỉnh ".Length..] : name;
    }
}
