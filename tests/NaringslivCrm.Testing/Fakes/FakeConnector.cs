using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace NaringslivCrm.Testing.Fakes;

/// <summary>
/// A local Bot Connector (and Entra token endpoint): records what the bot sends, answers like the real service,
/// and can be told to fail the next calls with 429 (Retry-After), 403 MessageWritesBlocked or 5xx.
/// </summary>
public sealed class FakeConnector : LoopbackServer
{
    private readonly ConcurrentQueue<ScriptedFailure> failures = new();
    private int ids;

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    public int TokenRequests => tokenRequests;

    private int tokenRequests;

    /// <summary>The serviceUrl to put on activities so replies come here.</summary>
    public string ServiceUrl => BaseUri.ToString();

    public void FailNext(int status, string? retryAfter = null, string? body = null) =>
        failures.Enqueue(new ScriptedFailure(status, retryAfter, body));

    public IReadOnlyList<RecordedRequest> Activities => [.. Requests.Where(r => r.Path.Contains("/activities", StringComparison.Ordinal))];

    /// <summary>Waits until at least <paramref name="count"/> activities were received.</summary>
    public async Task<IReadOnlyList<RecordedRequest>> WaitForActivitiesAsync(int count, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        while (Activities.Count < count && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }

        return Activities;
    }

    /// <summary>Completes when a reply to the given activity id has arrived (polled; for benchmarks).</summary>
    public async Task WaitForReplyToAsync(string activityId, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (!replied.ContainsKey(activityId))
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("no reply to " + activityId);
            }

            await Task.Delay(1);
        }

    }

    private readonly ConcurrentDictionary<string, bool> replied = new();

    protected override void Map(IEndpointRouteBuilder routes)
    {
        routes.Map("/v3/conversations/{**rest}", (Delegate)Handle);
        routes.MapPost("/v3/conversations", (Delegate)Handle);
        routes.MapPost("/{tenant}/oauth2/v2.0/token", (HttpContext http) =>
        {
            Interlocked.Increment(ref tokenRequests);
            return Results.Json(new { token_type = "Bearer", expires_in = 3599, access_token = "connector-token-" + tokenRequests });
        });
        routes.MapGet("/msi/token", (HttpContext http) =>
        {
            Interlocked.Increment(ref tokenRequests);
            var expires = DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
            return http.Request.Headers["X-IDENTITY-HEADER"] == "secret-header"
                ? Results.Json(new { access_token = "msi-token-" + tokenRequests, expires_on = expires })
                : Results.StatusCode(401);
        });
    }

    private async Task<IResult> Handle(HttpContext http)
    {
        using var reader = new StreamReader(http.Request.Body);
        var text = await reader.ReadToEndAsync();
        JsonElement? body = text.Length > 0 ? JsonDocument.Parse(text).RootElement.Clone() : null;
        Requests.Enqueue(new RecordedRequest(http.Request.Method, http.Request.Path + http.Request.QueryString,
            http.Request.Headers.Authorization.ToString(), body));
        if (http.Request.RouteValues.TryGetValue("rest", out var rest) && rest is string r && r.Contains("/activities/", StringComparison.Ordinal))
        {
            replied[Uri.UnescapeDataString(r[(r.LastIndexOf('/') + 1)..])] = true;
        }

        if (failures.TryDequeue(out var failure))
        {
            if (failure.RetryAfter is not null)
            {
                http.Response.Headers.RetryAfter = failure.RetryAfter;
            }

            return failure.Body is null
                ? Results.StatusCode(failure.Status)
                : Results.Text(failure.Body, "application/json", statusCode: failure.Status);
        }

        var id = "activity-" + Interlocked.Increment(ref ids);
        return http.Request.Path == "/v3/conversations"
            ? Results.Json(new { id = "a:created-" + id, activityId = id, serviceUrl = ServiceUrl })
            : http.Request.Method == "DELETE" ? Results.Ok() : Results.Json(new { id });
    }

    private sealed record ScriptedFailure(int Status, string? RetryAfter, string? Body);
}

/// <summary>One request the fake connector received.</summary>
public sealed record RecordedRequest(string Method, string Path, string Authorization, JsonElement? Body)
{
    /// <summary>The first attachment's card content, if the body is an activity with one.</summary>
    public JsonElement? Card =>
        Body is { } b && b.TryGetProperty("attachments", out var a) && a.GetArrayLength() > 0
            && a[0].TryGetProperty("content", out var c) ? c : null;

    public string? Text => Body is { } b && b.TryGetProperty("text", out var t) ? t.GetString() : null;

    /// <summary>All text in the activity, card included, for simple assertions.</summary>
    public string AllText => Body?.GetRawText() is { } raw ? System.Text.RegularExpressions.Regex.Unescape(raw) : string.Empty;
}
