using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using NaringslivCrm.Bot.Api.Auth;
using NaringslivCrm.Bot.Conversations;
using NaringslivCrm.Bot.FollowUps;
using NaringslivCrm.Domain.FollowUps;
using NaringslivCrm.Domain.Municipalities;
using NaringslivCrm.Teams.Cards;
using NaringslivCrm.Teams.Connector;
using NaringslivCrm.Teams.Schema;
using NaringslivCrm.Bot.Storage.Reminders;

namespace NaringslivCrm.Bot.Reminders;

/// <summary>
/// Sends what the outbox holds, claiming each step in the outbox (ETag-checked) before sending it, so hosts side by side
/// send it once. Graph feed: a stable chainId makes a re-send after a crash replace the first notification, so the
/// person sees one. Bot card: claimed in the outbox before it is sent (at most once); 429/5xx
/// answers schedule a retry with backoff (Retry-After honoured by the HTTP layer); 403 MessageWritesBlocked marks the
/// user unreachable by bot while the feed notification still goes out.
/// </summary>
public sealed partial class ReminderDispatcher(
    IReminderOutbox outbox,
    IActivityFeed feed,
    IConversationReferenceRepository references,
    IConnectorClient connector,
    IFollowUpRepository followUps,
    FollowUpCardService cards,
    IDeliveryProblemLog problems,
    IOptions<BotCredentialsOptions> bot,
    TabAuthTenants tenants,
    IOptions<ReminderOptions> options,
    TimeProvider time,
    ILogger<ReminderDispatcher> logger)
{
    /// <summary>How long a claim keeps other hosts away from an entry: far longer than one send with its HTTP retries.</summary>
    public static readonly TimeSpan ClaimLease = TimeSpan.FromMinutes(5);

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
            await outbox.SaveAsync(e with { Done = true, Problem = "no longer due" }, cancellationToken);
            return false;
        }

        if (e.Kind == ReminderKind.Assigned)
        {
            // The follow-up decides who was given it (two people reassigning at once queue one entry; the saved one wins).
            var by = AssignedBy(followUp!, e.Version)!;
            e = e with { OwnerId = followUp!.Owner.UserId, OwnerName = followUp.Owner.DisplayName, Actor = by.DisplayName, ActorId = by.UserId };
        }

        if (e.FeedSentAt is null && !IsNotInstalled(e))
        {
            // Claimed before it is sent, like the card: of several hosts that read this entry only the one whose
            // ETag-checked write lands sends the notification. The claim is a lease: while it runs no other host takes
            // the entry (it is also hidden from their next query), so a host that reads the entry between the claim and
            // the "sent" write does not send it again. A crash after the claim re-sends once the lease has run out, with
            // the same chainId, which replaces the first notification instead of adding one.
            var now = time.GetUtcNow();
            if (e.FeedClaimedAt is { } claimedAt && claimedAt + ClaimLease > now)
            {
                return false;
            }

            if (await outbox.SaveAsync(e with { FeedClaimedAt = now, NextAttemptAt = now + ClaimLease }, cancellationToken) is not { } claimedFeed)
            {
                return false;
            }

            e = claimedFeed;
            var result = await feed.NotifyAsync(Notice(municipality, e), cancellationToken);
            switch (result.Outcome)
            {
                case FeedOutcome.Sent:
                    e = e with { FeedSentAt = time.GetUtcNow() };
                    await problems.ClearFeedAsync(municipality.Value, e.OwnerId, cancellationToken);
                    break;
                case FeedOutcome.RetryLater:
                    await outbox.SaveAsync(Later(e with { FeedClaimedAt = null }, result.RetryAfter, result.Problem), cancellationToken);
                    return false;
                default:
                    var kind = await RecordFeedProblemAsync(municipality, e, result.Outcome, cancellationToken);
                    e = e with { Problem = Add(e.Problem, kind?.ToString() ?? result.Problem) };
                    break;
            }

            if (await outbox.SaveAsync(e, cancellationToken) is not { } savedFeed)
            {
                return false;
            }

            e = savedFeed;
        }

        if (e.CardClaimedAt is null)
        {
            var now = time.GetUtcNow();
            if (await outbox.SaveAsync(e with { CardClaimedAt = now, NextAttemptAt = now + ClaimLease }, cancellationToken) is not { } claimed)
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
            e = e with { Problem = Add(e.Problem, "card interrupted") };
        }

        if (await outbox.SaveAsync(e with { Done = true }, cancellationToken) is not null)
        {
            LogDelivered(logger, municipality.Value, e.Kind, e.Problem ?? "ok");
            return true;
        }

        return false;
    }

    private async Task<OutboxEntry> SendCardAsync(MunicipalityCode municipality, OutboxEntry e, FollowUp followUp, CancellationToken cancellationToken)
    {
        ConversationReference? reference;
        try
        {
            reference = await references.FindPersonalAsync(municipality.Value, e.OwnerId, cancellationToken)
                ?? await CreatePersonalChatAsync(municipality, e.OwnerId, cancellationToken);
        }
        catch (Exception x) when (IsTransient(x))
        {
            return Later(e with { CardClaimedAt = null }, null, "connector unreachable");
        }

        if (reference is null)
        {
            await problems.RecordAsync(municipality.Value, e.OwnerId, e.OwnerName, DeliveryProblemKind.NotInstalled, time.GetUtcNow(), cancellationToken);
            return e with { Problem = Add(e.Problem, "NotInstalled") };
        }

        var en = reference.Locale?.StartsWith("en", StringComparison.OrdinalIgnoreCase) == true;
        var card = await cards.BuildAsync(municipality, followUp, e.CompanyName, ReminderCard.Heading(e, en), null, en, cancellationToken);
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Attachments = [card.ToAttachment()],
            Summary = card.FallbackText,
            Conversation = new ConversationAccount { Id = reference.ConversationId },
        };
        try
        {
            var result = await connector.SendToConversationAsync(reference.ServiceUrl, reference.ConversationId, activity, cancellationToken);
            await problems.ClearAsync(municipality.Value, e.OwnerId, cancellationToken);
            return e with { CardSentAt = time.GetUtcNow(), CardActivityId = result?.Id };
        }
        catch (ConnectorException x) when (x.IsMessageWritesBlocked)
        {
            await references.MarkRemovedAsync(municipality.Value, reference.ConversationId, cancellationToken);
            await problems.RecordAsync(municipality.Value, e.OwnerId, e.OwnerName, DeliveryProblemKind.Unreachable, time.GetUtcNow(), cancellationToken);
            return e with { Problem = Add(e.Problem, "Unreachable") };
        }
        catch (Exception x) when (x is ConnectorException or HttpRequestException or TaskCanceledException)
        {
            // The Connector refused or did not answer (after the HTTP layer's own retries): nothing was shown; try later.
            return Later(e with { CardClaimedAt = null }, null, "connector " + (x is ConnectorException c ? c.StatusCode.ToString(System.Globalization.CultureInfo.InvariantCulture) : "unreachable"));
        }
    }

    /// <summary>
    /// No stored personal chat (the officer never opened the bot): Teams creates the 1:1 chat by Entra object id when
    /// the app is installed for the user; a refusal (4xx) means it is not. Nothing is stored, so the welcome still
    /// comes when the officer opens the app.
    /// </summary>
    private async Task<ConversationReference?> CreatePersonalChatAsync(MunicipalityCode municipality, string aadObjectId, CancellationToken cancellationToken)
    {
        var tenant = tenants.FirstTenantOf(municipality.Value);
        var appId = bot.Value.MicrosoftAppId;
        if (tenant is null || string.IsNullOrEmpty(appId))
        {
            return null;
        }

        try
        {
            var created = await connector.CreateConversationAsync(options.Value.ProactiveServiceUrl, new ConversationParameters
            {
                IsGroup = false,
                Bot = new ChannelAccount { Id = "28:" + appId },
                Members = [new ChannelAccount { Id = aadObjectId, AadObjectId = aadObjectId }],
                TenantId = tenant,
                ChannelData = new { tenant = new { id = tenant } },
            }, cancellationToken);
            return created.Id is { Length: > 0 } id
                ? new ConversationReference { ServiceUrl = created.ServiceUrl ?? options.Value.ProactiveServiceUrl, ConversationId = id, TenantId = tenant, ConversationType = "personal", UserAadObjectId = aadObjectId }
                : null;
        }
        catch (ConnectorException x) when (x.StatusCode is >= 400 and < 500 and not 429)
        {
            return null;
        }
    }

    /// <summary>
    /// Records why the feed did not reach the officer. Graph's "not installed" while the bot has a personal chat with
    /// the officer (so our Teams app is installed for them) means Graph looked for another Teams app: Graph:ClientId is
    /// not the manifest's webApplicationInfo.id.
    /// </summary>
    private async Task<DeliveryProblemKind?> RecordFeedProblemAsync(MunicipalityCode municipality, OutboxEntry e, FeedOutcome outcome, CancellationToken cancellationToken)
    {
        DeliveryProblemKind? kind = outcome switch
        {
            FeedOutcome.PermissionMissing => DeliveryProblemKind.FeedPermission,
            FeedOutcome.AppMismatch => DeliveryProblemKind.FeedAppMismatch,
            FeedOutcome.NotInstalled => await references.FindPersonalAsync(municipality.Value, e.OwnerId, cancellationToken) is not null
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

    private static bool IsTransient(Exception x) =>
        x is HttpRequestException or TaskCanceledException || (x is ConnectorException c && (c.StatusCode == 429 || c.StatusCode >= 500));

    private FeedNotice Notice(MunicipalityCode municipality, OutboxEntry e)
    {
        var (type, preview, parameters) = e.Kind switch
        {
            ReminderKind.Assigned => ("followUpAssigned", $"{e.Actor} gav dig en uppföljning: {e.Description} ({e.CompanyName})",
                new Dictionary<string, string> { ["assignedBy"] = e.Actor ?? "En kollega", ["companyName"] = e.CompanyName }),
            ReminderKind.Overdue => ("followUpOverdue", $"Försenad: {e.Description} ({e.CompanyName}), förföll {e.DueDate:yyyy-MM-dd}",
                new Dictionary<string, string> { ["companyName"] = e.CompanyName, ["dueDate"] = e.DueDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) }),
            _ => ("followUpDue", $"Förfaller {e.DueDate:yyyy-MM-dd}: {e.Description} ({e.CompanyName})",
                new Dictionary<string, string> { ["companyName"] = e.CompanyName, ["dueDate"] = e.DueDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) }),
        };
        var o = options.Value;
        var link = FollowUpDeepLink.For(o.TeamsAppId ?? string.Empty, o.TabEntityId, e.FollowUpId);
        return new FeedNotice(tenants.FirstTenantOf(municipality.Value) ?? string.Empty, e.OwnerId, type, e.Description, link, preview, parameters, ChainId(e));
    }

    private OutboxEntry Later(OutboxEntry e, TimeSpan? retryAfter, string? problem)
    {
        var attempts = e.Attempts + 1;
        var backoff = retryAfter ?? TimeSpan.FromSeconds(Math.Min(3600, 30 * Math.Pow(2, attempts - 1)));
        return e with
        {
            Attempts = attempts,
            NextAttemptAt = time.GetUtcNow() + backoff,
            Problem = problem,
            Done = attempts >= options.Value.MaxAttempts,
        };
    }

    private static long ChainId(OutboxEntry e) =>
        BitConverter.ToInt64(SHA256.HashData(Encoding.UTF8.GetBytes(TableReminderOutbox.Key(e))), 0) & long.MaxValue;

    /// <summary>Who made the reassignment that produced <paramref name="version"/>, if it is still the latest one.</summary>
    private static Domain.Common.UserRef? AssignedBy(FollowUp f, int version) =>
        version >= 1 && f.LastReassignmentVersion == version ? f.LastReassignment?.By : null;

    private static bool IsNotInstalled(OutboxEntry e) => e.Problem?.Contains("NotInstalled", StringComparison.Ordinal) == true;

    private static string? Add(string? problems, string? problem) =>
        problem is null ? problems : problems is null ? problem : problems + "; " + problem;

    [LoggerMessage(Level = LogLevel.Information, Message = "Reminder {Kind} delivered in {Municipality} ({Outcome})")]
    private static partial void LogDelivered(ILogger logger, string municipality, ReminderKind kind, string outcome);
}
