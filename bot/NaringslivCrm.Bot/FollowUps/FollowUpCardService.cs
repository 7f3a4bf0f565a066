using NaringslivCrm.Bot.CardActions;
using NaringslivCrm.Bot.Conversations;
using NaringslivCrm.Bot.Officers;
using NaringslivCrm.Domain.Companies;
using NaringslivCrm.Domain.FollowUps;
using NaringslivCrm.Domain.Municipalities;
using NaringslivCrm.Teams.Cards;
using NaringslivCrm.Teams.Connector;
using NaringslivCrm.Teams.Routing;
using NaringslivCrm.Teams.Schema;

namespace NaringslivCrm.Bot.FollowUps;

/// <summary>
/// Answers a follow-up button press with the right card: the single follow-up card when pressed on one (view=card;
/// the chat message is also updated through the Connector, so it changes for everyone who sees it), else the
/// "mina uppföljningar" list.
/// </summary>
public sealed partial class FollowUpCardService(
    MyFollowUpsService list,
    ICompanyRepository companies,
    IConversationReferenceRepository references,
    ILogger<FollowUpCardService> logger)
{
    public async Task<AdaptiveCard> BuildAsync(MunicipalityCode municipality, FollowUp f, string? companyName, string heading, string? status, bool en, CancellationToken cancellationToken)
    {
        companyName ??= (await companies.GetAsync(municipality, f.Company, cancellationToken))?.Name ?? f.Company.ToString();
        return FollowUpCard.Build(f, companyName, heading, status, await WatchersAsync(municipality, f, cancellationToken), en);
    }

    /// <summary>The card (or list) that answers a press; <paramref name="changed"/> also updates the chat message.</summary>
    public async Task<CardActionResult> AnswerAsync(TurnContext turn, CardActionRequest request, FollowUp? current, string? status, bool changed, CancellationToken cancellationToken)
    {
        if (request.Text(FollowUpCard.ViewKey) != FollowUpCard.ViewCard || current is null)
        {
            return CardActionResult.Replace(await list.BuildAsync(turn, status, cancellationToken));
        }

        var en = BotUser.English(turn);
        var card = await BuildAsync(BotUser.Municipality(turn), current, null, en ? "Follow-up" : "Uppföljning", status, en, cancellationToken);
        if (changed && turn.Activity.Type == ActivityTypes.Invoke && turn.Activity.ReplyToId is { Length: > 0 } messageId)
        {
            try
            {
                await turn.UpdateActivityAsync(messageId, turn.Activity.CreateReply() with { Attachments = [card.ToAttachment()] }, cancellationToken);
            }
            catch (Exception e) when (e is ConnectorException or HttpRequestException or TaskCanceledException)
            {
                // The presser already sees the new card (invoke answer); others see it on refresh.
                LogUpdateFailed(logger, e.GetType().Name);
            }
        }

        return CardActionResult.Replace(card);
    }

    /// <summary>
    /// A refusal (not found, or someone else's follow-up): the user's own list with the reason, or on a single card a
    /// card with only the reason. Nothing of the named follow-up is shown.
    /// </summary>
    public async Task<CardActionResult> RefuseAsync(TurnContext turn, CardActionRequest request, Domain.Common.ValidationError error, CancellationToken cancellationToken)
    {
        var en = BotUser.English(turn);
        var text = "⚠ " + ChatActor.Text(error, en);
        if (request.Text(FollowUpCard.ViewKey) != FollowUpCard.ViewCard)
        {
            return CardActionResult.Replace(await list.BuildAsync(turn, text, cancellationToken));
        }

        return CardActionResult.Replace(new AdaptiveCard
        {
            FallbackText = text,
            Body =
            [
                new TextBlock(en ? "Follow-up" : "Uppföljning") { Size = "large", Weight = "bolder", Style = "heading" },
                new TextBlock(text) { Color = "attention", Id = "status", Wrap = true },
            ],
        });
    }

    /// <summary>Owner and the person who last assigned it, as Teams user ids from their stored personal chats.</summary>
    private async Task<IReadOnlyList<string>> WatchersAsync(MunicipalityCode municipality, FollowUp f, CancellationToken cancellationToken)
    {
        var people = new List<string> { f.Owner.UserId };
        if (f.LastReassignment is { } assigned)
        {
            people.Add(assigned.By.UserId);
        }

        var ids = new List<string>();
        foreach (var oid in people.Distinct())
        {
            if (await references.FindPersonalAsync(municipality.Value, oid, cancellationToken) is { UserId: { Length: > 0 } mri })
            {
                ids.Add(mri);
            }
        }

        return ids;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not update the follow-up card message ({Error})")]
    private static partial void LogUpdateFailed(ILogger logger, string error);
}
