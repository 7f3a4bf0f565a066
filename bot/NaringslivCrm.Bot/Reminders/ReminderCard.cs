namespace NaringslivCrm.Bot.Reminders;

/// <summary>
/// The proactive reminder is the single follow-up card (FollowUps/FollowUpCard: done, postpone, reassign, history,
/// refresh for owner and assigner) under a heading that says why it came.
/// </summary>
public static class ReminderCard
{
    public static string Heading(OutboxEntry e, bool en) => e.Kind switch
    {
        ReminderKind.DueTomorrow => en ? "Due tomorrow" : "Förfaller i morgon",
        ReminderKind.DueToday => en ? "Due today" : "Förfaller i dag",
        ReminderKind.Overdue => en ? "⚠ Overdue follow-up" : "⚠ Försenad uppföljning",
        _ => en
            ? $"You have been given a follow-up{(e.Actor is null ? "" : " by " + e.Actor)}"
            : $"Du har fått en uppföljning{(e.Actor is null ? "" : " av " + e.Actor)}",
    };
}
