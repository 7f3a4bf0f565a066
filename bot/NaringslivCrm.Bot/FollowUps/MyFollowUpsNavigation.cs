using NaringslivCrm.Bot.CardActions;
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

/// <summary>"Tilldela om": replaces the card with the colleague picker for one follow-up.</summary>
public sealed class ReassignFormAction(IFollowUpRepository followUps, IOfficerDirectory officers, FollowUpCardService cards) : ICardActionHandler
{
    public string Verb => MyFollowUpsCard.ReassignFormVerb;

    public async Task<CardActionResult> HandleAsync(TurnContext turn, CardActionRequest request, CancellationToken cancellationToken)
    {
        var municipality = BotUser.Municipality(turn);
        var followUp = request.Guid("id") is { } id ? await followUps.GetAsync(municipality, id, cancellationToken) : null;
        if (followUp is null || followUp.Status == FollowUpStatus.Done)
        {
            return await cards.AnswerAsync(turn, request, followUp, null, false, cancellationToken);
        }

        var colleagues = await officers.ListAsync(municipality, cancellationToken);
        var single = request.Text(FollowUpCard.ViewKey) == FollowUpCard.ViewCard;
        return CardActionResult.Replace(MyFollowUpsCard.ReassignForm(followUp, colleagues, BotUser.English(turn), single));
    }
}

/// <summary>The single follow-up card's refresh (Teams asks for it when the owner or assigner opens the chat) and "Tillbaka".</summary>
public sealed class RefreshFollowUpCardAction(IFollowUpRepository followUps, FollowUpCardService cards) : ICardActionHandler
{
    public string Verb => FollowUpCard.RefreshVerb;

    public async Task<CardActionResult> HandleAsync(TurnContext turn, CardActionRequest request, CancellationToken cancellationToken)
    {
        var followUp = request.Guid("id") is { } id ? await followUps.GetAsync(BotUser.Municipality(turn), id, cancellationToken) : null;
        return await cards.AnswerAsync(turn, request, followUp, null, false, cancellationToken);
    }
}
