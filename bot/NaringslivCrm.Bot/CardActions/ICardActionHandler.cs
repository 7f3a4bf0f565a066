using NaringslivCrm.Teams.Routing;

namespace NaringslivCrm.Bot.CardActions;

/// <summary>Handles one card verb (saveContact, closeFollowUp, …).</summary>
public interface ICardActionHandler
{
    string Verb { get; }

    Task<CardActionResult> HandleAsync(TurnContext turn, CardActionRequest request, CancellationToken cancellationToken);
}
