using NaringslivCrm.Teams.Schema;

namespace NaringslivCrm.Teams.Authentication;

/// <summary>Checks that an inbound activity really comes from the Bot Framework channel for this bot.</summary>
public interface IBotAuthenticator
{
    Task<BotAuthenticationResult> AuthenticateAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken);
}
