namespace NaringslivCrm.Bot.Reminders;

/// <summary>Why a follow-up's owner is notified; names match the manifest's activity types.</summary>
public enum ReminderKind
{
    DueTomorrow,
    DueToday,
    Overdue,
    Assigned,
}
