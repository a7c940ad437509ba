using Microsoft.EntityFrameworkCore;
using TongHop.Storage;
using TongHop.Storage.Entities;

namespace TongHop.Search.Indexing;

/// <summary>Units and requests by id, loaded once per catch-up, to turn submissions into <see cref="SearchDocument"/>s.</summary>
internal sealed class ReportNames(Dictionary<int, OrgUnit> units, Dictionary<int, ReportRequest> requests)
{
    public static async Task<ReportNames> LoadAsync(TongHopDbContext db, CancellationToken cancellationToken) => new(
        await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Id, cancellationToken),
        await db.Requests.AsNoTracking().ToDictionaryAsync(r => r.Id, cancellationToken));

    public SearchDocument Document(Submission s)
    {
        var unit = units.GetValueOrDefault(s.UnitId);
        var request = requests.GetValueOrDefault(s.RequestId);
        var summary = ExtractionSummary.Read(s.ExtractionJson);
        var header = new ReportHeader(
            s.Id, s.Version, s.UnitId, unit?.Code ?? "", unit?.Name ?? "", s.RequestId, request?.Title ?? "", request?.PeriodLabel ?? "",
            summary.Type, summary.Number, summary.Date);
        return new SearchDocument(header, s.ProcessedAtUtc ?? s.ReceivedAtUtc, summary.CitedNumbers, s.RestoredText ?? "");
    }
}
