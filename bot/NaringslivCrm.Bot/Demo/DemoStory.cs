using NaringslivCrm.Domain.Interactions;
using NaringslivCrm.Domain.Needs;
using NaringslivCrm.Domain.Signals;

namespace NaringslivCrm.Bot.Demo;

/// <summary>A template for one demo interaction: what was said, the needs and signals, the follow-ups it created.</summary>
public sealed record DemoStory(
    InteractionKind Kind, string Notes, bool Confidential, IReadOnlyList<DemoNeed> Needs, IReadOnlyList<DemoSignal> Signals, IReadOnlyList<DemoFollowUp> FollowUps);

public sealed record DemoNeed(string Category, string Description, NeedSeverity Severity = NeedSeverity.Medium);

public sealed record DemoSignal(SignalType Type, string Description, IReadOnlyList<(decimal Amount, QuantityUnit Unit)> Quantities, string? TimeFrame = null, int? YearFromNow = null);

/// <summary>
/// A follow-up: <paramref name="OwnerSlot"/> 0 is the officer who recorded the contact, 1 a colleague;
/// <paramref name="DueInDays"/> counts from today (negative: overdue); a <paramref name="DoneNote"/> means it is closed.
/// </summary>
public sealed record DemoFollowUp(string Description, int OwnerSlot, int DueInDays, string? DoneNote = null);
