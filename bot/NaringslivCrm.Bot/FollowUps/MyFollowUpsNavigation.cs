using NaringslivCrm.Bot.CardActions;
using NaringslivCrm.Bot.FollowUps.Changes;
using NaringslivCrm.Bot.Officers;
using NaringslivCrm.Domain.FollowUps;
using NaringslivCrm.Teams.Routing;

namespace NaringslivCrm.Bot.FollowUps;

/// <summary>"Tillbaka" / refresh: shows the current list again.</summary>
public sealed class RefreshMyFollowUpsAction(MyFollowUpsService cards) : ICardActionHandler
{
    public string Verb => MyFollowUpsCard.RefreshVerb;

    public async Task<CardActionResult> HandleAsync(TurnContext turn, CardActionRequest request, CancellationToken cancellationToken) =>
        CardActionResult.Replace(await cards.BuildAsync(turn, null, cancellationToken));
}

/// <summary>"Tilldela om": replaces the card with the colleague picker for one follow-up (only for whoever may change it).</summary>
public sealed class ReassignFormAction(FollowUpChangeService changes, IOfficerDirectory officers, FollowUpCardService cards) : ICardActionHandler
{
    public string Verb => MyFollowUpsCard.ReassignFormVerb;

    public async Task<CardActionResult> HandleAsync(TurnContext turn, CardActionRequest request, CancellationToken cancellationToken)
    {
        var actor = ChatActor.Of(turn);
        var found = request.Guid("id") is { } id ? await changes.ForChangeAsync(actor, id, cancellationToken) : FollowUpChangeResult.NotFound;
        if (!found.Changed)
        {
            return await cards.RefuseAsync(turn, request, found.Error!, cancellationToken);
        }

        var followUp = found.FollowUp!;
        if (followUp.Status == FollowUpStatus.Done)
        {
            return await cards.AnswerAsync(turn, request, followUp, null, false, cancellationToken);
        }

        var colleagues = await officers.ListAsync(actor.Municipality, cancellationToken);
        var single = request.Text(FollowUpCard.ViewKey) == FollowUpCard.ViewCard;
        return CardActionResult.Replace(MyFollowUpsCard.ReassignForm(followUp, colleagues, BotUser.English(turn), single));
    }
}

/// <summary>
/// The single follow-up card's refresh (Teams asks for it when the owner or assigner opens the chat) and "Tillbaka".
/// Anyone else who names the follow-up gets a refusal, not its content.
/// </summary>
public sealed class RefreshFollowUpCardAction(FollowUpChangeService changes, FollowUpCardService cards) : ICardActionHandler
{
    public string Verb => FollowUpCard.RefreshVerb;

    public async Task<CardActionResult> HandleAsync(TurnContext turn, CardActionRequest request, CancellationToken cancellationToken)
    {
        var found = request.Guid("id") is { } id ? await changes.ViewAsync(ChatActor.Of(turn), id, cancellationToken) : FollowUpChangeResult.NotFound;
        return found.Outcome == FollowUpChangeOutcome.Forbidden
            ? await cards.RefuseAsync(turn, request, found.Error!, cancellationToken)
            : await cards.AnswerAsync(turn, request, found.FollowUp, null, false, cancellationToken);
    }
}
