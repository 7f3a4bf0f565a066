using NaringslivCrm.Teams.Schema;

namespace NaringslivCrm.Teams.Routing;

/// <summary>
/// Runs before routing, in registration order (tenancy, redelivery, …). Returning a result stops the turn:
/// the result is the invoke response (or null for other activity types).
/// </summary>
public interface ITurnFilter
{
    Task<TurnFilterResult> OnTurnAsync(TurnContext turn, CancellationToken cancellationToken);

    /// <summary>Called after the turn, with whether it succeeded, so the filter can undo bookkeeping.</summary>
    Task OnTurnCompletedAsync(TurnContext turn, bool succeeded, CancellationToken cancellationToken) => Task.CompletedTask;
}

/// <summary>Continue with the turn, or stop it with an optional invoke response.</summary>
public sealed record TurnFilterResult(bool Continue, InvokeResponse? Response = null)
{
    public static TurnFilterResult Next { get; } = new(true);

    public static TurnFilterResult Stop(InvokeResponse? response = null) => new(false, response);
}
