using NaringslivCrm.Bot.Localization;
using NaringslivCrm.Teams.Cards;
using NaringslivCrm.Teams.Routing;
using NaringslivCrm.Teams.Schema;

namespace NaringslivCrm.Bot.CardActions;

/// <summary>
/// Universal actions: invoke adaptiveCard/action is answered in the HTTP response (the card is replaced in place);
/// the Action.Submit fallback arrives as a message and the card message is updated through the Connector.
/// </summary>
public sealed class CardActionDispatcher(IEnumerable<ICardActionHandler> handlers) : IInvokeHandler
{
    private readonly Dictionary<string, ICardActionHandler> byVerb = handlers.ToDictionary(h => h.Verb, StringComparer.OrdinalIgnoreCase);

    public string Name => "adaptiveCard/action";

    public async Task<InvokeResponse> HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var request = CardActionRequest.From(turn.Activity.Value);
        if (request is null || !byVerb.TryGetValue(request.Verb, out var handler))
        {
            var t = BotTexts.For(turn.Activity);
            return InvokeResponse.Ok(CardAttachments.ErrorInvokeBody(400, "UnknownVerb", t.UnknownCardAction));
        }

        var result = await handler.HandleAsync(turn, request, cancellationToken);
        return InvokeResponse.Ok(result.Card is not null ? result.Card.ToInvokeBody() : CardAttachments.MessageInvokeBody(result.Message ?? string.Empty));
    }

    /// <summary>For Action.Submit: returns false when the message is not a card action.</summary>
    public async Task<bool> TryHandleSubmitAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var request = CardActionRequest.From(turn.Activity.Value);
        if (request is null || !byVerb.TryGetValue(request.Verb, out var handler))
        {
            return false;
        }

        var result = await handler.HandleAsync(turn, request, cancellationToken);
        if (result.Card is not null && turn.Activity.ReplyToId is { } cardActivityId)
        {
            await turn.UpdateActivityAsync(cardActivityId, turn.Activity.CreateReply() with { Attachments = [result.Card.ToAttachment()] }, cancellationToken);
        }
        else if (result.Card is not null)
        {
            await turn.SendAttachmentAsync(result.Card.ToAttachment(), cancellationToken);
        }
        else
        {
            await turn.SendTextAsync(result.Message ?? string.Empty, cancellationToken);
        }

        return true;
    }
}
