using NaringslivCrm.Teams.Schema;

namespace NaringslivCrm.Teams.Routing;

/// <summary>Answers one invoke name (adaptiveCard/action, application/search, composeExtension/query, …) synchronously.</summary>
public interface IInvokeHandler
{
    string Name { get; }

    Task<InvokeResponse> HandleAsync(TurnContext turn, CancellationToken cancellationToken);
}
