using NaringslivCrm.Domain.Common;

namespace NaringslivCrm.Domain.FollowUps;

/// <summary>One line of a follow-up's history: who did what, when.</summary>
/// <param name="Detail">E.g. the new due date, the new owner's name, or the closing note.</param>
public sealed record FollowUpEvent(FollowUpAction Action, UserRef By, DateTimeOffset At, string? Detail = null);
