using Microsoft.EntityFrameworkCore;
using TongHop.Storage;
using TongHop.Storage.Entities;

namespace TongHop.Application.Intake.Matching;

/// <summary>An org unit a file may come from, as the matchers see it.</summary>
public sealed record IntakeUnit(int Id, string Code, string Name, OrgUnitKind Kind, string? ParentName, string? ContactEmail);

/// <summary>A request a file may answer: its dispatch number, period and the units it was sent to.</summary>
public sealed record CandidateRequest(int Id, string Title, string? DispatchNumber, string PeriodLabel, DateOnly? PeriodFrom, DateOnly? PeriodTo, DateTime DeadlineUtc, IReadOnlySet<int> Recipients);

/// <summary>The units (open ones, the province itself left out) and requests a batch of files is matched against, read once per batch.</summary>
public sealed record IntakeCandidates(IReadOnlyList<IntakeUnit> Units, IReadOnlyList<CandidateRequest> Requests)
{
    public static async Task<IntakeCandidates> LoadAsync(TongHopDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var units = await db.Units.AsNoTracking().Where(u => u.Kind != OrgUnitKind.Province && u.ClosedOn == null)
            .Select(u => new IntakeUnit(u.Id, u.Code, u.Name, u.Kind, u.Parent == null ? null : u.Parent.Name, u.ContactEmail))
            .ToListAsync(cancellationToken);
        var requests = await db.Requests.AsNoTracking().OrderByDescending(r => r.DeadlineUtc)
            .Select(r => new { r.Id, r.Title, r.DispatchNumber, r.PeriodLabel, r.PeriodFrom, r.PeriodTo, r.DeadlineUtc, Units = r.Recipients.Select(x => x.UnitId).ToList() })
            .ToListAsync(cancellationToken);
        return new IntakeCandidates(units, [.. requests.Select(r => new CandidateRequest(r.Id, r.Title, r.DispatchNumber, r.PeriodLabel, r.PeriodFrom, r.PeriodTo, r.DeadlineUtc, r.Units.ToHashSet()))]);
    }

    /// <summary>The unit whose contact e-mail is <paramref name="address"/>, when exactly one is.</summary>
    public IntakeUnit? UnitOfEmail(string? address)
    {
        if (string.IsNullOrWhiteSpace(address))
        {
            return null;
        }

        var found = Units.Where(u => u.ContactEmail is { } e && string.Equals(e.Trim(), address.Trim(), StringComparison.OrdinalIgnoreCase)).Take(2).ToList();
        return found.Count == 1 ? found[0] : null;
    }
}
