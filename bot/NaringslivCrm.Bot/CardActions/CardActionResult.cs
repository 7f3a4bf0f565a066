using NaringslivCrm.Teams.Cards;

namespace NaringslivCrm.Bot.CardActions;

/// <summary>What a card action answers: a card that replaces the pressed one, or a short message.</summary>
public sealed record CardActionResult(AdaptiveCard? Card, string? Message)
{
    public static CardActionResult Replace(AdaptiveCard card) => new(card, null);

    public static CardActionResult Say(string message) => new(null, message);
}
