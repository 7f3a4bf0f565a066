namespace NaringslivCrm.Teams.Connector;

/// <summary>No token: for local clients (Agents Playground) in explicit anonymous development mode.</summary>
public sealed class AnonymousTokenProvider : IBotTokenProvider
{
    public Task<string?> GetTokenAsync(CancellationToken cancellationToken) => Task.FromResult<string?>(null);
}
