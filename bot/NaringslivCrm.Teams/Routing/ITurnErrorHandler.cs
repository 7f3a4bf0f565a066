using NaringslivCrm.Teams.Schema;

namespace NaringslivCrm.Teams.Routing;

/// <summary>The one place a failed turn is logged and the user told, neutrally, that it did not work.</summary>
public interface ITurnErrorHandler
{
    /// <returns>For an invoke, the answer to give (null: a neutral 500 error); ignored for other activities.</returns>
    Task<InvokeResponse?> OnErrorAsync(TurnContext turn, Exception exception, CancellationToken cancellationToken);
}
