namespace NaringslivCrm.Teams.Routing;

/// <summary>The one place a failed turn is logged and the user told, neutrally, that it did not work.</summary>
public interface ITurnErrorHandler
{
    Task OnErrorAsync(TurnContext turn, Exception exception, CancellationToken cancellationToken);
}
