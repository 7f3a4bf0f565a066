using System.Net;
using Microsoft.Extensions.Options;

namespace NaringslivCrm.Teams.Connector;

/// <summary>
/// Retries 429, 412, 502, 503 and 504 with exponential backoff and full jitter, honouring Retry-After
/// (seconds or an HTTP date), as the Teams rate-limit guidance asks.
/// </summary>
public sealed class TransientRetryHandler(IOptions<TransientRetryOptions> options, TimeProvider time) : DelegatingHandler
{
    private static readonly HashSet<HttpStatusCode> Retryable =
    [
        HttpStatusCode.TooManyRequests, HttpStatusCode.PreconditionFailed, HttpStatusCode.BadGateway,
        HttpStatusCode.ServiceUnavailable, HttpStatusCode.GatewayTimeout,
    ];

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var o = options.Value;
        if (request.Content is not null)
        {
            await request.Content.LoadIntoBufferAsync(cancellationToken);
        }

        for (var attempt = 1; ; attempt++)
        {
            var response = await base.SendAsync(request, cancellationToken);
            if (!Retryable.Contains(response.StatusCode) || attempt >= o.MaxAttempts)
            {
                return response;
            }

            var delay = RetryAfter(response) ?? Backoff(attempt, o);
            response.Dispose();
            // A real wait: the app's clock may be a test clock set to a calendar date, which must not freeze HTTP retries.
            await Task.Delay(delay > o.MaxDelay ? o.MaxDelay : delay, cancellationToken);
        }
    }

    private TimeSpan? RetryAfter(HttpResponseMessage response)
    {
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta)
        {
            return delta;
        }

        if (header?.Date is { } date)
        {
            var wait = date - time.GetUtcNow();
            return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        }

        return null;
    }

    private static TimeSpan Backoff(int attempt, TransientRetryOptions o)
    {
        var ceiling = o.BaseDelay.TotalMilliseconds * Math.Pow(2, attempt - 1);
        var capped = Math.Min(ceiling, o.MaxDelay.TotalMilliseconds);
        return TimeSpan.FromMilliseconds((capped / 2) + (Random.Shared.NextDouble() * capped / 2));
    }
}
