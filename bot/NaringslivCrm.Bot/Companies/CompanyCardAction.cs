using NaringslivCrm.Bot.CardActions;
using NaringslivCrm.Bot.Officers;
using NaringslivCrm.Domain.Companies;
using NaringslivCrm.Teams.Routing;

namespace NaringslivCrm.Bot.Companies;

/// <summary>"Visa företaget" on a card: replaces it with the company card.</summary>
public sealed class CompanyCardAction(CompanyCardService cards) : ICardActionHandler
{
    public const string Verb = "showCompany";

    string ICardActionHandler.Verb => Verb;

    public async Task<CardActionResult> HandleAsync(TurnContext turn, CardActionRequest request, CancellationToken cancellationToken)
    {
        var en = BotUser.English(turn);
        var orgnr = OrgNumber.Parse(request.Text("company"));
        var card = orgnr.IsSuccess ? await cards.BuildAsync(BotUser.Municipality(turn), orgnr.Value, en, cancellationToken) : null;
        return card is null
            ? CardActionResult.Say(en ? "The company was not found." : "Företaget hittades inte.")
            : CardActionResult.Replace(card);
    }
}
