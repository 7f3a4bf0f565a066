namespace NaringslivCrm.Teams.Connector;

/// <summary>Gives the bearer token for calls to the Bot Connector; null means send no Authorization header.</summary>
public interface IBotTokenProvider
{
    Task<string?> GetTokenAsync(CancellationToken cancellationToken);
}
