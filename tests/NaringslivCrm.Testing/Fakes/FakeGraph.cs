using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace NaringslivCrm.Testing.Fakes;

/// <summary>
/// A local Microsoft Graph for activity-feed notifications: POST /v1.0/users/{id}/teamwork/sendActivityNotification
/// answers 204 like Graph, records the call (Authorization header, body), and can fail the next calls (429 with
/// Retry-After, 503, 403).
/// </summary>
public sealed class FakeGraph : LoopbackServer
{
    private readonly ConcurrentQueue<(int Status, string? RetryAfter)> failures = new();

    public ConcurrentQueue<GraphCall> Calls { get; } = new();

    public string BaseUrl => new Uri(BaseUri, "v1.0").ToString();

    public void FailNext(int status, string? retryAfter = null) => failures.Enqueue((status, retryAfter));

    protected override void Map(IEndpointRouteBuilder routes) =>
        routes.MapPost("/v1.0/users/{id}/teamwork/sendActivityNotification", async (HttpContext http, string id) =>
        {
            var body = await JsonDocument.ParseAsync(http.Request.Body);
            Calls.Enqueue(new GraphCall(id, http.Request.Headers.Authorization.ToString(), body.RootElement.Clone(), DateTimeOffset.UtcNow));
            if (failures.TryDequeue(out var f))
            {
                if (f.RetryAfter is not null)
                {
                    http.Response.Headers.RetryAfter = f.RetryAfter;
                }

                return Results.Json(new { error = new { code = f.Status == 429 ? "TooManyRequests" : "ServiceUnavailable", message = "scripted" } }, statusCode: f.Status);
            }

            return Results.NoContent();
        });
}

/// <summary>One activity-feed call the fake Graph received.</summary>
public sealed record GraphCall(string UserId, string Authorization, JsonElement Body, DateTimeOffset At);
