using Microsoft.Extensions.Options;
using NaringslivCrm.Bot.FollowUps;
using NaringslivCrm.Bot.Tenancy;
using NaringslivCrm.Domain.FollowUps;
using NaringslivCrm.Domain.Municipalities;

namespace NaringslivCrm.Bot.Reminders;

/// <summary>
/// Sends what the outbox holds, claiming each step in the outbox (ETag-checked, <see cref="OutboxEntry.ClaimFeed"/>,
/// <see cref="OutboxEntry.ClaimCard"/>) before sending it, so hosts side by side send it once. Graph feed: a stable
/// chainId makes a re-send after a crash replace the first notification, so the person sees one. Bot card
/// (<see cref="ProactiveChats"/>): claimed before it is sent (at most once); 429/5xx answers schedule a retry with
/// backoff (Retry-After honoured by the HTTP layer); 403 MessageWritesBlocked marks the user unreachable by bot while
/// the feed notification still goes out.
/// </summary>
public sealed partial class ReminderDispatcher(
    IReminderOutbox outbox,
    IActivityFeed feed,
    ProactiveChats chats,
    IFollowUpRepository followUps,
    FollowUpCardService cards,
    IDeliveryProblemLog problems,
    IMunicipalityDirectory municipalities,
    IOptions<ReminderOptions> options,
    TimeProvider time,
    ILogger<ReminderDispatcher> logger)
{
    public async Task<int> DispatchAsync(MunicipalityCode municipality, CancellationToken cancellationToken)
    {
        var sent = 0;
        foreach (var entry in await outbox.DueAsync(municipality.Value, time.GetUtcNow(), 200, cancellationToken))
        {
            // A stopping host stops between reminders, never inside one: the one under way is sent and recorded
            // (bounded by the HTTP timeouts), so a restart finds each entry either done or untouched.
            cancellationToken.ThrowIfCancellationRequested();
            sent += await DeliverAsync(municipality, entry, CancellationToken.None) ? 1 : 0;
        }

        return sent;
    }

    private async Task<bool> DeliverAsync(MunicipalityCode municipality, OutboxEntry entry, CancellationToken cancellationToken)
    {
        var e = entry;
        var followUp = await followUps.GetAsync(municipality, e.FollowUpId, cancellationToken);
        if (followUp is not null && e.Kind == ReminderKind.Assigned && followUp.Version < e.Version && followUp.Status != FollowUpStatus.Done)
        {
            // Queued just before the reassignment was saved: wait for the save (a failed save ends after MaxAttempts).
            await outbox.SaveAsync(Later(e, null, "reassignment not saved yet"), cancellationToken);
            return false;
        }

        var stillDue = followUp is not null && followUp.Status != FollowUpStatus.Done
            && (e.Kind == ReminderKind.Assigned ? AssignedBy(followUp, e.Version) is not null : followUp.DueDate == e.DueDate);
        if (!stillDue)
        {
            await outbox.SaveAsync(e.NoLongerDue(), cancellationToken);
            return false;
        }

        if (e.Kind == ReminderKind.Assigned)
        {
            // The follow-up decides who was given it (two people reassigning at once queue one entry; the saved one wins).
            e = e.AssignedTo(followUp!.Owner, AssignedBy(followUp, e.Version)!);
        }

        if (e.FeedPending)
        {
            // The claim is a lease: while it runs no other host takes the entry (it is also hidden from their next
            // query), so a host that reads the entry between the claim and the "sent" write does not send it again. A
            // crash after the claim re-sends once the lease has run out, with the same chainId, which replaces the first
            // notification instead of adding one.
            var now = time.GetUtcNow();
            if (e.FeedLeased(now) || await outbox.SaveAsync(e.ClaimFeed(now), cancellationToken) is not { } claimedFeed)
            {
                return false;
            }

            e = await SendFeedAsync(municipality, claimedFeed, cancellationToken);
            if (e.FeedClaimedAt is null || await outbox.SaveAsync(e, cancellationToken) is not { } savedFeed)
            {
                return false;
            }

            e = savedFeed;
        }

        if (e.CardClaimedAt is null)
        {
            if (await outbox.SaveAsync(e.ClaimCard(time.GetUtcNow()), cancellationToken) is not { } claimed)
            {
                return false;
            }

            e = await SendCardAsync(municipality, claimed, followUp!, cancellationToken);
            if (e.CardClaimedAt is null)
            {
                await outbox.SaveAsync(e, cancellationToken);
                return false;
            }
        }
        else if (e.CardSentAt is null)
        {
            e = e.With(ReminderProblems.CardInterrupted);
        }

        if (await outbox.SaveAsync(e.Finished(), cancellationToken) is not null)
        {
            LogDelivered(logger, municipality.Value, e.Kind, e.Problem ?? "ok");
            return true;
        }

        return false;
    }

    /// <summary>
    /// Sends the claimed feed notification. Sent or refused for good: the entry goes on to the card. Try later: the
    /// claim is given back and the retry saved here (the returned entry has no feed claim, so the caller stops).
    /// </summary>
    private async Task<OutboxEntry> SendFeedAsync(MunicipalityCode municipality, OutboxEntry e, CancellationToken cancellationToken)
    {
        var result = await feed.NotifyAsync(ReminderNotice.For(e, municipalities.FirstTenantOf(municipality.Value) ?? string.Empty, options.Value), cancellationToken);
        switch (result.Outcome)
        {
            case FeedOutcome.Sent:
                await problems.ClearFeedAsync(municipality.Value, e.OwnerId, cancellationToken);
                return e.FeedSent(time.GetUtcNow());
            case FeedOutcome.RetryLater:
                var later = Later(e.ReleaseFeed(), result.RetryAfter, result.Problem);
                await outbox.SaveAsync(later, cancellationToken);
                return later;
            default:
                return await RecordFeedProblemAsync(municipality, e, result, cancellationToken) is { } kind
                    ? e.With(ReminderProblemText.Of(kind))
                    : e.WithNote(result.Problem);
        }
    }

    private async Task<OutboxEntry> SendCardAsync(MunicipalityCode municipality, OutboxEntry e, FollowUp followUp, CancellationToken cancellationToken)
    {
        var sent = await chats.SendCardAsync(municipality, e.OwnerId,
            en => cards.BuildAsync(municipality, followUp, e.CompanyName, ReminderCard.Heading(e, en), null, en, cancellationToken), cancellationToken);
        switch (sent.Outcome)
        {
            case ProactiveOutcome.Sent:
                await problems.ClearAsync(municipality.Value, e.OwnerId, cancellationToken);
                return e.CardSent(time.GetUtcNow(), sent.ActivityId);
            case ProactiveOutcome.RetryLater:
                return Later(e.ReleaseCard(), null, sent.Problem);
            default:
                var kind = sent.Outcome == ProactiveOutcome.NotInstalled ? DeliveryProblemKind.NotInstalled : DeliveryProblemKind.Unreachable;
                await problems.RecordAsync(municipality.Value, e.OwnerId, e.OwnerName, kind, time.GetUtcNow(), cancellationToken);
                return e.With(ReminderProblemText.Of(kind));
        }
    }

    /// <summary>
    /// Records why the feed did not reach the officer. Graph's "not installed" while the bot has a personal chat with
    /// the officer (so our Teams app is installed for them) means Graph looked for another Teams app: Graph:ClientId is
    /// not the manifest's webApplicationInfo.id.
    /// </summary>
    private async Task<DeliveryProblemKind?> RecordFeedProblemAsync(MunicipalityCode municipality, OutboxEntry e, FeedResult result, CancellationToken cancellationToken)
    {
        DeliveryProblemKind? kind = result.Outcome switch
        {
            FeedOutcome.PermissionMissing => DeliveryProblemKind.FeedPermission,
            FeedOutcome.AppMismatch => DeliveryProblemKind.FeedAppMismatch,
            FeedOutcome.NotInstalled => await chats.HasPersonalChatAsync(municipality, e.OwnerId, cancellationToken)
                ? DeliveryProblemKind.FeedAppMismatch
                : DeliveryProblemKind.FeedWithoutApp,
            _ => null,
        };
        if (kind is { } k)
        {
            await problems.RecordAsync(municipality.Value, e.OwnerId, e.OwnerName, k, time.GetUtcNow(), cancellationToken);
        }

        return kind;
    }

    private OutboxEntry Later(OutboxEntry e, TimeSpan? retryAfter, string? problem) =>
        e.RetryLater(time.GetUtcNow(), retryAfter, problem, options.Value.MaxAttempts);

    /// <summary>Who made the reassignment that produced <paramref name="version"/>, if it is still the latest one.</summary>
    private static Domain.Common.UserRef? AssignedBy(FollowUp f, int version) =>
        version >= 1 && f.LastReassignmentVersion == version ? f.LastReassignment?.By : null;

    [LoggerMessage(Level = LogLevel.Information, Message = "Reminder {Kind} delivered in {Municipality} ({Outcome})")]
    private static partial void LogDelivered(ILogger logger, string municipality, ReminderKind kind, string outcome);
}
