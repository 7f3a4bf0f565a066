using Azure;
using NaringslivCrm.Bot.Localization;
using NaringslivCrm.Teams.Connector;
using NaringslivCrm.Teams.Routing;
using NaringslivCrm.Teams.Schema;

namespace NaringslivCrm.Bot.Conversations;

/// <summary>
/// The bot's one error boundary: logs the failure with its context and tells the user, neutrally and in their
/// language, that nothing was saved. Exception text never reaches the user.
/// </summary>
public sealed partial class TurnErrorHandler(ILogger<TurnErrorHandler> logger) : ITurnErrorHandler
{
    public async Task OnErrorAsync(TurnContext turn, Exception exception, CancellationToken cancellationToken)
    {
        LogTurnFailed(logger, exception, turn.Activity.Type ?? "(none)", turn.Activity.Name ?? "-");
        if (turn.Activity.Type == ActivityTypes.Invoke || exception is ConnectorException)
        {
            return;
        }

        var t = BotTexts.For(turn.Activity);
        var text = IsStorageFailure(exception) ? t.StorageUnavailable : t.SomethingWentWrong;
        try
        {
            await turn.SendTextAsync(text, cancellationToken);
        }
        catch (Exception e) when (e is ConnectorException or HttpRequestException or TaskCanceledException)
        {
            LogApologyFailed(logger, e.GetType().Name);
        }
    }

    private static bool IsStorageFailure(Exception e) =>
        e is RequestFailedException || e.InnerException is RequestFailedException
        || (e is AggregateException a && a.InnerExceptions.Any(i => i is RequestFailedException));

    [LoggerMessage(Level = LogLevel.Error, Message = "Turn failed for {Type} activity (name {Name})")]
    private static partial void LogTurnFailed(ILogger logger, Exception exception, string type, string name);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not tell the user about a failed turn ({Error})")]
    private static partial void LogApologyFailed(ILogger logger, string error);
}
