using TongHop.Storage.Entities;

namespace TongHop.Application.Reminders;

/// <summary>A unit to remind, the address to write to (null when it has none) and why.</summary>
public sealed record ReminderTarget(OrgUnit Unit, string? Email, string Reason);
