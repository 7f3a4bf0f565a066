using Microsoft.Extensions.Options;
using NaringslivCrm.Bot.Conversations;
using NaringslivCrm.Bot.Tenancy;
using NaringslivCrm.Domain.Municipalities;
using NaringslivCrm.Teams.Cards;
using NaringslivCrm.Teams.Connector;
using NaringslivCrm.Teams.Schema;

namespace NaringslivCrm.Bot.Reminders;

/// <summary>What came of a proactive card: sent (with its activity id), no chat with the officer, blocked, or try later.</summary>
public sealed record ProactiveSend(ProactiveOutcome Outcome, string? ActivityId = null, string? Problem = null);

public enum ProactiveOutcome
{
    Sent,

    /// <summary>No stored personal chat and Teams would not create one: the app is not installed for the officer.</summary>
    NotInstalled,

    /// <summary>Teams answered 403 MessageWritesBlocked: the officer blocked or removed the bot (the chat is marked removed).</summary>
    Unreachable,

    /// <summary>The Connector refused with 429/5xx or did not answer (after the HTTP layer's retries): nothing was shown.</summary>
    RetryLater,
}

/// <summary>
/// The bot's personal chat with an officer: the stored one, or one Teams creates by Entra object id when the app is
/// installed for the officer (a refusal, 4xx, means it is not; nothing is stored, so the welcome still comes when the
/// officer opens the app). Sends a card there and says what came of it.
/// </summary>
public sealed class ProactiveChats(
    IConversationReferenceRepository references,
    IConnectorClient connector,
    IMunicipalityDirectory municipalities,
    IOptions<BotCredentialsOptions> bot,
    IOptions<ReminderOptions> options)
{
    /// <summary>Whether the bot has a stored personal chat with the officer (so our Teams app is installed for them).</summary>
    public async Task<bool> HasPersonalChatAsync(MunicipalityCode municipality, string aadObjectId, CancellationToken cancellationToken) =>
        await references.FindPersonalAsync(municipality.Value, aadObjectId, cancellationToken) is not null;

    /// <summary>Sends the card built for the chat's locale (English when the chat's locale is English) to the officer.</summary>
    public async Task<ProactiveSend> SendCardAsync(
        MunicipalityCode municipality, string aadObjectId, Func<bool, Task<AdaptiveCard>> card, CancellationToken cancellationToken)
    {
        ConversationReference? reference;
        try
        {
            reference = await references.FindPersonalAsync(municipality.Value, aadObjectId, cancellationToken)
                ?? await CreatePersonalChatAsync(municipality, aadObjectId, cancellationToken);
        }
        catch (Exception x) when (IsTransient(x))
        {
            return new ProactiveSend(ProactiveOutcome.RetryLater, Problem: "connector unreachable");
        }

        if (reference is null)
        {
            return new ProactiveSend(ProactiveOutcome.NotInstalled);
        }

        var built = await card(reference.Locale?.StartsWith("en", StringComparison.OrdinalIgnoreCase) == true);
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Attachments = [built.ToAttachment()],
            Summary = built.FallbackText,
            Conversation = new ConversationAccount { Id = reference.ConversationId },
        };
        try
        {
            var result = await connector.SendToConversationAsync(reference.ServiceUrl, reference.ConversationId, activity, cancellationToken);
            return new ProactiveSend(ProactiveOutcome.Sent, result?.Id);
        }
        catch (ConnectorException x) when (x.IsMessageWritesBlocked)
        {
            await references.MarkRemovedAsync(municipality.Value, reference.ConversationId, cancellationToken);
            return new ProactiveSend(ProactiveOutcome.Unreachable);
        }
        catch (Exception x) when (x is ConnectorException or HttpRequestException or TaskCanceledException)
        {
            return new ProactiveSend(ProactiveOutcome.RetryLater,
                Problem: "connector " + (x is ConnectorException c ? c.StatusCode.ToString(System.Globalization.CultureInfo.InvariantCulture) : "unreachable"));
        }
    }

    private async Task<ConversationReference?> CreatePersonalChatAsync(MunicipalityCode municipality, string aadObjectId, CancellationToken cancellationToken)
    {
        var tenant = municipalities.FirstTenantOf(municipality.Value);
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

    private static bool IsTransient(Exception x) =>
        x is HttpRequestException or TaskCanceledException || (x is ConnectorException c && (c.StatusCode == 429 || c.StatusCode >= 500));
}
