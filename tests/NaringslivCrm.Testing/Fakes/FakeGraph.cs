using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace NaringslivCrm.Testing.Fakes;

/// <summary>
/// A local Microsoft Graph for activity-feed notifications: POST /v1.0/users/{id}/teamwork/sendActivityNotification
/// answers 204 like Graph and records the call, and refuses what Graph refuses:
/// <list type="bullet">
/// <item>a token not signed by the fake Entra or not for https://graph.microsoft.com → 401 InvalidAuthenticationToken;</item>
/// <item>an app-only token without the TeamsActivity.Send role → 403 Forbidden (Graph's answer may have an empty
/// message: osodevops/ms-teams-cli#83);</item>
/// <item>a token whose app id (appid, or azp in v2 tokens) is not the manifest's webApplicationInfo.id, or a
/// recipient without the app → 403 "not authorized to generate custom text notifications … Ensure that the expected
/// Teams app is installed" (Graph finds the Teams app from the caller's Entra app id — graph docs
/// concepts/teams-send-activityfeednotifications.md "Requirements"; message from OfficeDev/microsoft-365-agents-toolkit#6067);</item>
/// <item>the reserved template parameter <c>actor</c> ("a special parameter that always takes the caller's name",
/// same document), an activityType the manifest does not declare (other than the reserved systemDefault), or a body
/// without topic, activityType or previewText → 400 BadRequest.</item>
/// </list>
/// Scripted failures (429 with Retry-After, 503, 403, 409) come after those checks.
/// </summary>
public sealed class FakeGraph(FakeEntra entra, string webApplicationId, IReadOnlySet<string>? activityTypes = null) : LoopbackServer
{
    private readonly ConcurrentQueue<(int Status, string? RetryAfter, string? Body)> failures = new();
    private readonly ConcurrentDictionary<string, bool> withoutApp = new();
    private readonly IReadOnlySet<string> types = activityTypes ?? Manifest.ActivityTypes();

    public ConcurrentQueue<GraphCall> Calls { get; } = new();

    /// <summary>Requests Graph refused before sending anything (status and error code).</summary>
    public ConcurrentQueue<(int Status, string Code, string Message)> Refusals { get; } = new();

    public string BaseUrl => new Uri(BaseUri, "v1.0").ToString();

    public void FailNext(int status, string? retryAfter = null, string? body = null) => failures.Enqueue((status, retryAfter, body));

    /// <summary>The Teams app is not installed for this user (by Entra object id).</summary>
    public void RemoveAppFor(string userId) => withoutApp[userId] = true;

    protected override void Map(IEndpointRouteBuilder routes) =>
        routes.MapPost("/v1.0/users/{id}/teamwork/sendActivityNotification", async (HttpContext http, string id) =>
        {
            var body = (await JsonDocument.ParseAsync(http.Request.Body)).RootElement.Clone();
            var refusal = await CheckTokenAsync(http.Request.Headers.Authorization.ToString()) ?? CheckBody(body)
                ?? (withoutApp.ContainsKey(id) ? NotInstalled() : null);
            if (refusal is { } r)
            {
                Refusals.Enqueue(r);
                return Results.Json(new { error = new { code = r.Code, message = r.Message } }, statusCode: r.Status);
            }

            Calls.Enqueue(new GraphCall(id, http.Request.Headers.Authorization.ToString(), body, DateTimeOffset.UtcNow));
            if (failures.TryDequeue(out var f))
            {
                if (f.RetryAfter is not null)
                {
                    http.Response.Headers.RetryAfter = f.RetryAfter;
                }

                return f.Body is not null
                    ? Results.Text(f.Body, "application/json", statusCode: f.Status)
                    : Results.Json(new { error = new { code = f.Status == 429 ? "TooManyRequests" : "ServiceUnavailable", message = "scripted" } }, statusCode: f.Status);
            }

            return Results.NoContent();
        });

    private async Task<(int Status, string Code, string Message)?> CheckTokenAsync(string authorization)
    {
        if (!authorization.StartsWith("Bearer ", StringComparison.Ordinal))
        {
            return (401, "InvalidAuthenticationToken", "Access token is empty.");
        }

        var result = await new JsonWebTokenHandler().ValidateTokenAsync(authorization["Bearer ".Length..], new TokenValidationParameters
        {
            IssuerSigningKey = entra.SigningKey,
            ValidAudiences = [FakeEntra.GraphResource, FakeEntra.GraphResource + "/"],
            IssuerValidator = (issuer, _, _) => issuer.StartsWith("https://sts.windows.net/", StringComparison.Ordinal) ? issuer : throw new SecurityTokenInvalidIssuerException(issuer),
        });
        if (!result.IsValid)
        {
            return (401, "InvalidAuthenticationToken", "Access token validation failure.");
        }

        var roles = result.Claims.TryGetValue("roles", out var r) ? r as IEnumerable<object> ?? [r] : [];
        if (!roles.Select(x => x.ToString()).Contains("TeamsActivity.Send"))
        {
            return (403, "Forbidden", string.Empty);
        }

        var appId = (result.Claims.TryGetValue("appid", out var a) ? a : result.Claims.TryGetValue("azp", out var z) ? z : null) as string;
        return appId == webApplicationId ? null : NotInstalled(appId);
    }

    private (int Status, string Code, string Message)? CheckBody(JsonElement body)
    {
        if (!body.TryGetProperty("topic", out var topic) || !topic.TryGetProperty("source", out _) || !topic.TryGetProperty("value", out _)
            || !body.TryGetProperty("activityType", out var type) || !body.TryGetProperty("previewText", out var preview)
            || !preview.TryGetProperty("content", out _))
        {
            return (400, "BadRequest", "topic, activityType and previewText are required.");
        }

        if (type.GetString() is not { } t || (t != "systemDefault" && !types.Contains(t)))
        {
            return (400, "BadRequest", $"Activity type '{type.GetString()}' is not declared in the app manifest.");
        }

        if (body.TryGetProperty("templateParameters", out var parameters)
            && parameters.EnumerateArray().Any(p => string.Equals(p.GetProperty("name").GetString(), "actor", StringComparison.OrdinalIgnoreCase)))
        {
            return (400, "BadRequest", "Template parameter 'actor' is reserved.");
        }

        return null;
    }

    private (int Status, string Code, string Message) NotInstalled(string? appId = null) =>
        (403, "Forbidden", $"Application with AAD App Id '{appId ?? webApplicationId}' is not authorized to generate custom text notifications about " +
            "'/v1.0/users/{id}/teamwork/sendActivityNotification' to the recipient. Ensure that the expected Teams app is installed in the target scope (user, team, or chat).");
}

/// <summary>One activity-feed call the fake Graph accepted (and possibly answered with a scripted failure).</summary>
public sealed record GraphCall(string UserId, string Authorization, JsonElement Body, DateTimeOffset At);
