namespace NaringslivCrm.Bot.Reminders;

/// <summary>
/// One notification to one person, written before it is sent. The key (kind, follow-up, due date) makes it unique:
/// the same reminder can never be queued twice. Each channel (Graph feed, bot card) is marked sent separately, so a
/// retry after a crash sends only what is still missing. An "assigned" entry is also keyed by the follow-up's version
/// after the reassignment, so each hand-over is announced once.
/// </summary>
public sealed record OutboxEntry
{
    public required string Municipality { get; init; }
    public required ReminderKind Kind { get; init; }
    public required Guid FollowUpId { get; init; }
    public required DateOnly DueDate { get; init; }
    public required string OwnerId { get; init; }
    public required string OwnerName { get; init; }
    public required string CompanyName { get; init; }
    public required string Description { get; init; }
    public string? Actor { get; init; }

    /// <summary>Entra object id of the person who reassigned (Assigned only; the card refreshes for them too).</summary>
    public string? ActorId { get; init; }

    /// <summary>Assigned only: the follow-up's version right after the reassignment (its history count).</summary>
    public int Version { get; init; }
    public DateTimeOffset? FeedClaimedAt { get; init; }
    public DateTimeOffset? FeedSentAt { get; init; }
    public DateTimeOffset? CardClaimedAt { get; init; }
    public DateTimeOffset? CardSentAt { get; init; }
    public string? CardActivityId { get; init; }
    public string? Problem { get; init; }
    public int Attempts { get; init; }
    public DateTimeOffset NextAttemptAt { get; init; }
    public bool Done { get; init; }
    public string? ETag { get; init; }
}
