using NaringslivCrm.Teams.Schema;

namespace NaringslivCrm.Teams.Routing;

/// <summary>Sends each activity to its handler by type, and invokes by name. Unknown types are ignored.</summary>
public sealed class ActivityRouter(
    IEnumerable<IMessageHandler> messages,
    IEnumerable<IConversationUpdateHandler> conversationUpdates,
    IEnumerable<IInstallationUpdateHandler> installationUpdates,
    IEnumerable<IInvokeHandler> invokes)
{
    private readonly Dictionary<string, IInvokeHandler> invokesByName =
        invokes.ToDictionary(i => i.Name, StringComparer.OrdinalIgnoreCase);

    /// <summary>Routes the turn; for an invoke, returns the response (501 when nobody handles the name).</summary>
    public async Task<InvokeResponse?> RouteAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        switch (turn.Activity.Type)
        {
            case ActivityTypes.Message:
                foreach (var h in messages)
                {
                    await h.HandleAsync(turn, cancellationToken);
                }

                return null;
            case ActivityTypes.ConversationUpdate:
                foreach (var h in conversationUpdates)
                {
                    await h.HandleAsync(turn, cancellationToken);
                }

                return null;
            case ActivityTypes.InstallationUpdate:
                foreach (var h in installationUpdates)
                {
                    await h.HandleAsync(turn, cancellationToken);
                }

                return null;
            case ActivityTypes.Invoke:
                return turn.Activity.Name is { } name && invokesByName.TryGetValue(name, out var handler)
                    ? await handler.HandleAsync(turn, cancellationToken)
                    : InvokeResponse.NotImplemented();
            default:
                return null;
        }
    }
}
