using Microsoft.EntityFrameworkCore;
using TongHop.Application.Reporting;
using TongHop.Application.Reporting.Trends;
using TongHop.Core.Extraction;
using TongHop.Core.Indicators;
using TongHop.Storage;
using TongHop.Storage.Entities;

namespace TongHop.Application.Review;

/// <summary>
/// A value of this report far from what the same unit reported for the previous comparable period, with both figures
/// and where each came from (this report's evidence; the earlier report's version and evidence).
/// </summary>
public sealed record PeriodJump(
    long ValueId, string IndicatorKey, bool Percent, decimal Current, string CurrentEvidence,
    decimal Previous, string PreviousPeriod, int PreviousSubmissionId, int PreviousVersion, string PreviousEvidence);

/// <summary>
/// Compares a submission's actual values with the unit's counting values (<see cref="CountingValues"/>) of the previous
/// comparable request (<see cref="ComparablePeriods.Previous"/>): a jump is a change of at least
/// <see cref="PercentPoints"/> percentage points for a percentage, else a value at least <see cref="Factor"/> times the
/// previous one or at most a third of it, and at least <see cref="MinDifference"/> apart (1 → 4 trạm is no jump).
/// A jump is no error: the reviewer looks at both figures and decides.
/// </summary>
public static class PeriodJumps
{
    public const decimal PercentPoints = 30m;
    public const decimal Factor = 3m;
    public const decimal MinDifference = 10m;

    public static async Task<IReadOnlyList<PeriodJump>> OfAsync(TongHopDbContext db, Submission submission, IReadOnlyList<ReportedValue> values, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(submission);
        ArgumentNullException.ThrowIfNull(values);
        var all = (await db.Requests.AsNoTracking().Where(r => r.PeriodFrom != null && r.PeriodTo != null)
                .Select(r => new { r.Id, r.PeriodLabel, r.PeriodFrom, r.PeriodTo }).ToListAsync(cancellationToken))
            .Select(r => new PeriodRequest(r.Id, r.PeriodLabel, r.PeriodFrom!.Value, r.PeriodTo!.Value)).ToList();
        var current = all.SingleOrDefault(r => r.Id == submission.RequestId);
        var previous = current is null ? null : ComparablePeriods.Previous(current, all);
        if (previous is null)
        {
            return [];
        }

        var before = (await CountingValues.OfRequestAsync(db, previous.Id, cancellationToken))
            .Where(v => v.UnitId == submission.UnitId && v.Kind == ValueKind.Actual && v.Value is not null)
            .GroupBy(v => v.IndicatorKey).ToDictionary(g => g.Key, g => g.First());
        var jumps = new List<(ReportedValue Now, CountingValue Then)>();
        foreach (var value in values.Where(v => v.Kind == ValueKind.Actual && v.Review != ReviewState.Rejected && v.EffectiveValue is not null))
        {
            if (before.TryGetValue(value.IndicatorKey, out var then) && IsJump(value.EffectiveValue!.Value, then.Value!.Value, value.MeasureUnit == MeasureUnit.Percent))
            {
                jumps.Add((value, then));
            }
        }

        if (jumps.Count == 0)
        {
            return [];
        }

        var ids = jumps.Select(j => j.Then.Id).ToList();
        var sources = await db.Values.AsNoTracking().Where(v => ids.Contains(v.Id))
            .Join(db.Submissions, v => v.SubmissionId, s => s.Id, (v, s) => new { v.Id, v.Evidence, v.SubmissionId, s.Version })
            .ToDictionaryAsync(v => v.Id, cancellationToken);
        return jumps.Select(j => new PeriodJump(
            j.Now.Id, j.Now.IndicatorKey, j.Now.MeasureUnit == MeasureUnit.Percent, j.Now.EffectiveValue!.Value, j.Now.Evidence,
            j.Then.Value!.Value, previous.PeriodLabel, sources[j.Then.Id].SubmissionId, sources[j.Then.Id].Version, sources[j.Then.Id].Evidence)).ToList();
    }

    public static bool IsJump(decimal current, decimal previous, bool percent)
    {
        var difference = Math.Abs(current - previous);
        if (percent)
        {
            return difference >= PercentPoints;
        }

        return difference >= MinDifference && previous > 0 && (current >= previous * Factor || current * Factor <= previous);
    }
}
