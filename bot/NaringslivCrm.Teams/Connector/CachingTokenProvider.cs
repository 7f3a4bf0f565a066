namespace NaringslivCrm.Teams.Connector;

/// <summary>Caches a token until shortly before it expires; one request at a time refreshes it.</summary>
public abstract class CachingTokenProvider(TimeProvider time) : IBotTokenProvider, IDisposable
{
    private static readonly TimeSpan Margin = TimeSpan.FromMinutes(5);
    private readonly SemaphoreSlim gate = new(1, 1);
    private AccessToken? cached;

    public async Task<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        if (cached is { } hit && time.GetUtcNow() < hit.RefreshAfter)
        {
            return hit.Value;
        }

        await gate.WaitAsync(cancellationToken);
        try
        {
            if (cached is { } again && time.GetUtcNow() < again.RefreshAfter)
            {
                return again.Value;
            }

            var (token, expiresAt) = await AcquireAsync(cancellationToken);
            var refreshAfter = expiresAt - Margin > time.GetUtcNow() ? expiresAt - Margin : expiresAt;
            cached = new AccessToken(token, refreshAfter);
            return token;
        }
        finally
        {
            gate.Release();
        }
    }

    public void Dispose()
    {
        gate.Dispose();
        GC.SuppressFinalize(this);
    }

    protected TimeProvider Time => time;

    /// <summary>Fetches a fresh token and its expiry.</summary>
    protected abstract Task<(string Token, DateTimeOffset ExpiresAt)> AcquireAsync(CancellationToken cancellationToken);
}
