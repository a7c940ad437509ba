namespace TongHop.Application.Reminders;

/// <summary>What a round did for one unit: the reminder row (its delivery), or that the round had already reminded the unit.</summary>
public sealed record ReminderOutcome(ReminderTarget Target, Storage.Entities.Reminder? Reminder, bool AlreadyReminded);
