namespace NaringslivCrm.Bot.Localization;

/// <summary>
/// What a reminder says: the card's heading (in the officer's language) and the activity feed's preview line (Swedish:
/// Graph sends one text to a user whose language we do not know). Placeholders: {0} who, {1} what, {2} company, {3} date.
/// </summary>
public sealed record ReminderTexts
{
    public required string DueTomorrow { get; init; }
    public required string DueToday { get; init; }
    public required string Overdue { get; init; }
    public required string Assigned { get; init; }

    /// <summary>Appended to <see cref="Assigned"/> when we know who handed it over.</summary>
    public required string AssignedBy { get; init; }

    /// <summary>Who handed it over when the entry does not say.</summary>
    public required string SomeColleague { get; init; }
    public required string FeedAssigned { get; init; }
    public required string FeedOverdue { get; init; }
    public required string FeedDue { get; init; }

    public static ReminderTexts Swedish { get; } = new()
    {
        DueTomorrow = "Förfaller i morgon",
        DueToday = "Förfaller i dag",
        Overdue = "⚠ Försenad uppföljning",
        Assigned = "Du har fått en uppföljning",
        AssignedBy = " av {0}",
        SomeColleague = "En kollega",
        FeedAssigned = "{0} gav dig en uppföljning: {1} ({2})",
        FeedOverdue = "Försenad: {1} ({2}), förföll {3}",
        FeedDue = "Förfaller {3}: {1} ({2})",
    };

    public static ReminderTexts English { get; } = new()
    {
        DueTomorrow = "Due tomorrow",
        DueToday = "Due today",
        Overdue = "⚠ Overdue follow-up",
        Assigned = "You have been given a follow-up",
        AssignedBy = " by {0}",
        SomeColleague = "A colleague",
        FeedAssigned = "{0} gave you a follow-up: {1} ({2})",
        FeedOverdue = "Overdue: {1} ({2}), was due {3}",
        FeedDue = "Due {3}: {1} ({2})",
    };

    public static ReminderTexts For(bool english) => english ? English : Swedish;
}
