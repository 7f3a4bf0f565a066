using NaringslivCrm.Bot.Localization;
using NaringslivCrm.Teams.Connector;
using NaringslivCrm.Teams.Routing;
using NaringslivCrm.Teams.Cards;
using NaringslivCrm.Teams.Schema;

namespace NaringslivCrm.Bot.Conversations;

/// <summary>
/// The bot's one error boundary: logs the failure with its context and tells the user, neutrally and in their
/// language, that nothing was saved. Exception text never reaches the user.
/// </summary>
public sealed partial class TurnErrorHandler(ILogger<TurnErrorHandler> logger) : ITurnErrorHandler
{
    public async Task<InvokeResponse?> OnErrorAsync(TurnContext turn, Exception exception, CancellationToken cancellationToken)
    {
        LogTurnFailed(logger, exception, turn.Activity.Type ?? "(none)", turn.Activity.Name ?? "-");
        var t = BotTexts.For(turn.Activity);
        var storage = Storage.StorageFailure.IsTransient(exception);
        var tooLarge = Storage.StorageFailure.IsRefusedValue(exception);
        var text = storage ? t.StorageUnavailable : tooLarge ? TooLargeText(t, exception) : t.SomethingWentWrong;
        if (turn.Activity.Type == ActivityTypes.Invoke)
        {
            // The button or search answers the user itself: 503 "försök igen" only when storage is down; a value storage
            // refuses is 413 "too large, nothing saved" (trying again cannot help), in their language.
            return storage ? new InvokeResponse(503, CardAttachments.ErrorInvokeBody(503, "ServiceUnavailable", text))
                : tooLarge ? new InvokeResponse(413, CardAttachments.ErrorInvokeBody(413, "PayloadTooLarge", text))
                : new InvokeResponse(500, CardAttachments.ErrorInvokeBody(500, "InternalError", text));
        }

        if (exception is ConnectorException)
        {
            return null;
        }

        try
        {
            await turn.SendTextAsync(text, cancellationToken);
        }
        catch (Exception e) when (e is ConnectorException or HttpRequestException or TaskCanceledException)
        {
            LogApologyFailed(logger, e.GetType().Name);
        }

        return null;
    }

    private static string TooLargeText(BotTexts t, Exception exception)
    {
        var (sv, en) = StorageRefusalText.For(exception);
        return t.Lang == "en" ? en : sv;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Turn failed for {Type} activity (name {Name})")]
    private static partial void LogTurnFailed(ILogger logger, Exception exception, string type, string name);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not tell the user about a failed turn ({Error})")]
    private static partial void LogApologyFailed(ILogger logger, string error);
}
