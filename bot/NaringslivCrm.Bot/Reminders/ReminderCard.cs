using System.Globalization;
using NaringslivCrm.Bot.Localization;

namespace NaringslivCrm.Bot.Reminders;

/// <summary>
/// The proactive reminder is the single follow-up card (FollowUps/FollowUpCard: done, postpone, reassign, history,
/// refresh for owner and assigner) under a heading that says why it came.
/// </summary>
public static class ReminderCard
{
    public static string Heading(OutboxEntry e, bool en)
    {
        var t = ReminderTexts.For(en);
        return e.Kind switch
        {
            ReminderKind.DueTomorrow => t.DueTomorrow,
            ReminderKind.DueToday => t.DueToday,
            ReminderKind.Overdue => t.Overdue,
            _ => t.Assigned + (e.Actor is null ? string.Empty : string.Format(CultureInfo.InvariantCulture, t.AssignedBy, e.Actor)),
        };
    }
}
