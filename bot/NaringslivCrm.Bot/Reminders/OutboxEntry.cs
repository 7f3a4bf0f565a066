using System.Globalization;
using NaringslivCrm.Domain.Common;

namespace NaringslivCrm.Bot.Reminders;

/// <summary>
/// One notification to one person, written before it is sent. The key (kind, follow-up, due date) makes it unique:
/// the same reminder can never be queued twice. Each channel (Graph feed, bot card) is claimed and marked sent
/// separately, so a retry after a crash sends only what is still missing. An "assigned" entry is also keyed by the
/// follow-up's version after the reassignment, so each hand-over is announced once. The methods below are its state
/// changes; each returns the changed entry, which the dispatcher saves under the entry's ETag.
/// </summary>
public sealed record OutboxEntry
{
    /// <summary>How long a claim keeps other hosts away from an entry: far longer than one send with its HTTP retries.</summary>
    public static readonly TimeSpan ClaimLease = TimeSpan.FromMinutes(5);

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

    /// <summary>What went wrong for good on the way.</summary>
    public ReminderProblems Problems { get; init; }

    /// <summary>Free text: why the last attempt is tried again ("connector 503"), or the feed's words for a failure without a flag.</summary>
    public string? Note { get; init; }

    /// <summary>Problems and note as stored and shown ("FeedPermission; Unreachable"); null when all went well.</summary>
    public string? Problem => ReminderProblemText.Format(Problems, Note);
    public int Attempts { get; init; }
    public DateTimeOffset NextAttemptAt { get; init; }
    public bool Done { get; init; }
    public string? ETag { get; init; }

    /// <summary>
    /// The reminder's identity, "{kind}|{follow-up id}|{due yyyyMMdd}"; assigned entries add "|{version}" (one per
    /// hand-over). The outbox's row key, and the feed's chain id is derived from it.
    /// </summary>
    public string Identity
    {
        get
        {
            var key = $"{Kind}|{FollowUpId:N}|{DueDate.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}";
            return Kind == ReminderKind.Assigned ? key + "|" + Version.ToString(CultureInfo.InvariantCulture) : key;
        }
    }

    /// <summary>The feed still has to go out: not sent, and the officer does not lack the app.</summary>
    public bool FeedPending => FeedSentAt is null && !Problems.HasFlag(ReminderProblems.NotInstalled);

    /// <summary>Another host claimed the feed and its lease has not run out.</summary>
    public bool FeedLeased(DateTimeOffset now) => FeedClaimedAt is { } at && at + ClaimLease > now;

    /// <summary>
    /// Claims the feed before it is sent: of several hosts that read the entry only the one whose ETag-checked write
    /// lands sends it, and the lease also hides the entry from other hosts' next query (NextAttemptAt).
    /// </summary>
    public OutboxEntry ClaimFeed(DateTimeOffset now) => this with { FeedClaimedAt = now, NextAttemptAt = now + ClaimLease };

    public OutboxEntry FeedSent(DateTimeOffset at) => this with { FeedSentAt = at };

    /// <summary>Claims the card before it is sent (at most once), with the same lease as the feed.</summary>
    public OutboxEntry ClaimCard(DateTimeOffset now) => this with { CardClaimedAt = now, NextAttemptAt = now + ClaimLease };

    public OutboxEntry CardSent(DateTimeOffset at, string? activityId) => this with { CardSentAt = at, CardActivityId = activityId };

    public OutboxEntry With(ReminderProblems problem) => this with { Problems = Problems | problem };

    /// <summary>Adds the feed's own words for a failure that has no flag.</summary>
    public OutboxEntry WithNote(string? note) =>
        note is null ? this : this with { Note = Note is null ? note : Note + "; " + note };

    /// <summary>The hand-over the follow-up records (two people reassigning at once queue one entry; the saved one wins).</summary>
    public OutboxEntry AssignedTo(UserRef owner, UserRef by) =>
        this with { OwnerId = owner.UserId, OwnerName = owner.DisplayName, Actor = by.DisplayName, ActorId = by.UserId };

    /// <summary>Done without sending: the follow-up is done, moved or handed on.</summary>
    public OutboxEntry NoLongerDue() => this with { Done = true, Problems = ReminderProblems.NoLongerDue, Note = null };

    public OutboxEntry Finished() => this with { Done = true };

    public OutboxEntry ReleaseFeed() => this with { FeedClaimedAt = null };

    public OutboxEntry ReleaseCard() => this with { CardClaimedAt = null };

    /// <summary>
    /// Tried again later: after <paramref name="retryAfter"/> when the remote service said so, otherwise 30 s doubling
    /// up to an hour; given up (done) after <paramref name="maxAttempts"/>. The reason replaces earlier problems.
    /// </summary>
    public OutboxEntry RetryLater(DateTimeOffset now, TimeSpan? retryAfter, string? reason, int maxAttempts)
    {
        var attempts = Attempts + 1;
        var backoff = retryAfter ?? TimeSpan.FromSeconds(Math.Min(3600, 30 * Math.Pow(2, attempts - 1)));
        return this with { Attempts = attempts, NextAttemptAt = now + backoff, Problems = ReminderProblems.None, Note = reason, Done = attempts >= maxAttempts };
    }
}
