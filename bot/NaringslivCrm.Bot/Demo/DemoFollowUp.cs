namespace NaringslivCrm.Bot.Demo;

/// <summary>
/// A follow-up: <paramref name="OwnerSlot"/> 0 is the officer who recorded the contact, 1 a colleague;
/// <paramref name="DueInDays"/> counts from today (negative: overdue); a <paramref name="DoneNote"/> means it is closed.
/// </summary>
public sealed record DemoFollowUp(string Description, int OwnerSlot, int DueInDays, string? DoneNote = null);
