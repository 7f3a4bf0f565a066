using NaringslivCrm.Bot.CardActions;
using NaringslivCrm.Bot.Officers;
using NaringslivCrm.Teams.Cards;
using NaringslivCrm.Teams.Routing;

namespace NaringslivCrm.Bot.Contacts;

/// <summary>"Avbryt" on the form: nothing is saved; the card says so.</summary>
public sealed class CancelContactAction : ICardActionHandler
{
    public string Verb => ContactFormCard.CancelVerb;

    public Task<CardActionResult> HandleAsync(TurnContext turn, CardActionRequest request, CancellationToken cancellationToken)
    {
        var en = BotUser.English(turn);
        return Task.FromResult(CardActionResult.Replace(new AdaptiveCard
        {

            Body = [new TextBlock(en ? "Cancelled – nothing was saved." : "Avbrutet – ingenting sparades.") { IsSubtle = true }],
        }));
    }
}
