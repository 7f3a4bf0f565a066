namespace NaringslivCrm.Teams.Routing;

/// <summary>Handles message activities (commands, card submits).</summary>
public interface IMessageHandler
{
    Task HandleAsync(TurnContext turn, CancellationToken cancellationToken);
}

/// <summary>Handles conversationUpdate (members added/removed, channel events).</summary>
public interface IConversationUpdateHandler
{
    Task HandleAsync(TurnContext turn, CancellationToken cancellationToken);
}

/// <summary>Handles installationUpdate (app added to or removed from a scope).</summary>
public interface IInstallationUpdateHandler
{
    Task HandleAsync(TurnContext turn, CancellationToken cancellationToken);
}
