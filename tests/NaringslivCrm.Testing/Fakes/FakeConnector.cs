using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace NaringslivCrm.Testing.Fakes;

/// <summary>
/// A local Bot Connector and its Entra token endpoint, refusing what the real services refuse:
/// <list type="bullet">
/// <item>Token endpoint (Entra v2 client credentials, POST /{tenant}/oauth2/v2.0/token; managed identity GET /msi/token):
/// the registration's tenant, client id and secret, grant type client_credentials and scope
/// https://api.botframework.com/.default or https://graph.microsoft.com/.default (resource https://api.botframework.com for managed identity), else Entra's
/// 400/401 error. Tokens it issues carry the scope's audience and expire.</item>
/// <item>Connector (docs: /work/shared/teams-protocol.md "Connector REST API", msteams-docs
/// bots/how-to/conversations/send-proactive-messages.md): a Bearer token this fake issued and has not expired (401
/// otherwise; only <see cref="AcceptAnonymous"/> — like the Agents Playground, never the real service — lets a
/// request without Authorization through; a Graph token is refused), the route's method (405), an activity type and, for a message, text or
/// attachments (400), at most 100 KB per activity (413), a conversation Teams knows (404) and, for update and
/// delete, an activity the bot sent (404).</item>
/// </list>
/// Records every request with the status it got, and can be told to fail the next calls with 429 (Retry-After),
/// 403 MessageWritesBlocked or 5xx.
/// </summary>
public sealed class FakeConnector : LoopbackServer
{
    /// <summary>Audience of the Bot Connector's tokens; the scope asked for is this plus "/.default".</summary>
    public const string Audience = "https://api.botframework.com";

    /// <summary>Audience of Microsoft Graph tokens, which the Connector refuses.</summary>
    public const string GraphAudience = "https://graph.microsoft.com";

    /// <summary>Documented message size limit (teams-protocol.md: "the docs say 100 KB per message").</summary>
    public const int MaxActivityBytes = 100 * 1024;

    private readonly ConcurrentQueue<ScriptedFailure> failures = new();
    /// <summary>Scopes the app registration may ask for (the bot's Graph calls get their token here too).</summary>
    private static readonly string[] Scopes = [Audience + "/.default", GraphAudience + "/.default"];

    private readonly ConcurrentDictionary<string, (string Audience, DateTimeOffset Expires)> tokens = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> conversations = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> sentActivities = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> replied = new();
    private int ids;
    private int tokenRequests;

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    /// <summary>The bot's app registration the token endpoint accepts.</summary>
    public BotRegistration Registration { get; init; } = BotRegistration.Default;

    /// <summary>Accept Connector calls without Authorization, as the Agents Playground does (anonymous bots).</summary>
    public bool AcceptAnonymous { get; init; }

    /// <summary>How long an issued token is valid (Entra: about an hour).</summary>
    public TimeSpan TokenLifetime { get; init; } = TimeSpan.FromSeconds(3599);

    /// <summary>Token requests answered with a token.</summary>
    public int TokenRequests => tokenRequests;

    /// <summary>Token requests refused, with the reason Entra would give.</summary>
    public ConcurrentQueue<string> RefusedTokenRequests { get; } = new();

    /// <summary>The serviceUrl to put on activities so replies come here.</summary>
    public string ServiceUrl => BaseUri.ToString();

    public void FailNext(int status, string? retryAfter = null, string? body = null) =>
        failures.Enqueue(new ScriptedFailure(status, retryAfter, body));

    /// <summary>Teams knows this conversation (the bot was installed or a user wrote in it).</summary>
    public void KnowConversation(string conversationId) => conversations[conversationId] = 0;

    /// <summary>Every activity request (send, reply, update, delete), whatever its answer.</summary>
    public IReadOnlyList<RecordedRequest> Activities => [.. Requests.Where(r => r.Path.Contains("/activities", StringComparison.Ordinal))];

    /// <summary>Activity requests the fake accepted (2xx): what actually reached the user.</summary>
    public IReadOnlyList<RecordedRequest> Delivered => [.. Activities.Where(r => r.Status is >= 200 and < 300)];

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

    protected override void Map(IEndpointRouteBuilder routes)
    {
        routes.Map("/v3/conversations", (Delegate)HandleCreate);
        routes.Map("/v3/conversations/{conversationId}/activities", (Delegate)HandleSend);
        routes.Map("/v3/conversations/{conversationId}/activities/{activityId}", (Delegate)HandleActivity);
        routes.MapPost("/{tenant}/oauth2/v2.0/token", ClientCredentialsAsync);
        routes.MapGet("/msi/token", ManagedIdentity);
    }

    private async Task<IResult> ClientCredentialsAsync(HttpContext http, string tenant)
    {
        // Entra's v2 token endpoint: AADSTS90002 unknown tenant, AADSTS700016 unknown client, AADSTS7000215 wrong
        // secret, AADSTS70011 invalid scope (learn.microsoft.com/entra/identity-platform/reference-error-codes).
        var form = http.Request.HasFormContentType ? await http.Request.ReadFormAsync() : null;
        string? Field(string name) => form?[name].ToString();
        var refusal = tenant != Registration.TenantId ? (400, "invalid_request", "AADSTS90002: Tenant not found.")
            : Field("grant_type") != "client_credentials" ? (400, "unsupported_grant_type", "AADSTS70003")
            : Field("client_id") != Registration.AppId ? (400, "unauthorized_client", "AADSTS700016: Application not found in the directory.")
            : Field("client_secret") != Registration.Secret ? (401, "invalid_client", "AADSTS7000215: Invalid client secret provided.")
            : !Scopes.Contains(Field("scope")) ? (400, "invalid_scope", "AADSTS70011: The provided value for scope is not valid.")
            : ((int Status, string Error, string Description)?)null;
        if (refusal is { } r)
        {
            RefusedTokenRequests.Enqueue(r.Description);
            return Results.Json(new { error = r.Error, error_description = r.Description }, statusCode: r.Status);
        }

        var token = Issue("connector-token-", Field("scope")![..^"/.default".Length]);
        return Results.Json(new { token_type = "Bearer", expires_in = (int)TokenLifetime.TotalSeconds, access_token = token });
    }

    private IResult ManagedIdentity(HttpContext http)
    {
        // App Service managed identity (learn.microsoft.com/azure/app-service/overview-managed-identity, REST protocol):
        // X-IDENTITY-HEADER must be the IDENTITY_HEADER secret; resource is the audience without "/.default".
        var q = http.Request.Query;
        var refusal = http.Request.Headers["X-IDENTITY-HEADER"] != Registration.IdentityHeader ? "wrong X-IDENTITY-HEADER"
            : q["resource"] != Audience ? "resource must be " + Audience
            : q["client_id"] != Registration.AppId ? "unknown client_id"
            : null;
        if (refusal is not null)
        {
            RefusedTokenRequests.Enqueue(refusal);
            return Results.Json(new { error = "invalid_request", error_description = refusal }, statusCode: refusal.StartsWith("wrong", StringComparison.Ordinal) ? 401 : 400);
        }

        var token = Issue("msi-token-", Audience);
        var expires = DateTimeOffset.UtcNow.Add(TokenLifetime).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Results.Json(new { access_token = token, expires_on = expires, resource = Audience });
    }

    private string Issue(string prefix, string audience)
    {
        var token = prefix + Interlocked.Increment(ref tokenRequests);
        tokens[token] = (audience, DateTimeOffset.UtcNow.Add(TokenLifetime));
        return token;
    }

    private async Task<IResult> HandleCreate(HttpContext http)
    {
        var (body, refusal) = await AcceptAsync(http, HttpMethods.Post);
        if (refusal is null)
        {
            var b = body!.Value;
            var members = b.TryGetProperty("members", out var m) && m.ValueKind == JsonValueKind.Array ? m.GetArrayLength() : 0;
            var tenant = b.TryGetProperty("tenantId", out var t) && t.ValueKind == JsonValueKind.String
                || b.TryGetProperty("channelData", out var cd) && cd.ValueKind == JsonValueKind.Object && cd.TryGetProperty("tenant", out _);
            refusal = !b.TryGetProperty("bot", out var bot) || bot.ValueKind != JsonValueKind.Object ? BadArgument("bot is required")
                : members != 1 ? BadArgument("a personal conversation needs exactly one member")
                : !tenant ? BadArgument("tenantId is required for Teams")
                : null;
        }

        return Answer(http, body, refusal, () =>
        {
            var id = "activity-" + Interlocked.Increment(ref ids);
            var conversation = "a:created-" + id;
            KnowConversation(conversation);
            return Results.Json(new { id = conversation, activityId = id, serviceUrl = ServiceUrl });
        });
    }

    private async Task<IResult> HandleSend(HttpContext http, string conversationId)
    {
        conversationId = Uri.UnescapeDataString(conversationId);
        var (body, refusal) = await AcceptAsync(http, HttpMethods.Post);
        refusal ??= KnownConversation(conversationId) ?? ActivityRefusal(body);
        return Answer(http, body, refusal, NewActivity);
    }

    private async Task<IResult> HandleActivity(HttpContext http, string conversationId, string activityId)
    {
        (conversationId, activityId) = (Uri.UnescapeDataString(conversationId), Uri.UnescapeDataString(activityId));
        var method = http.Request.Method;
        var (body, refusal) = await AcceptAsync(http, HttpMethods.Post, HttpMethods.Put, HttpMethods.Delete);
        refusal ??= KnownConversation(conversationId);
        if (refusal is null && method != HttpMethods.Post && !sentActivities.ContainsKey(activityId))
        {
            refusal = Results.Json(new { error = new { code = "NotFound", message = "Activity not found." } }, statusCode: 404);
        }

        if (refusal is null && method != HttpMethods.Delete)
        {
            refusal = ActivityRefusal(body);
        }

        if (method == HttpMethods.Post && refusal is null)
        {
            replied[activityId] = true;
        }

        return Answer(http, body, refusal, () => method switch
        {
            "DELETE" => Results.Ok(),
            "PUT" => Results.Json(new { id = activityId }),
            _ => NewActivity(),
        });
    }

    private IResult NewActivity()
    {
        var id = "activity-" + Interlocked.Increment(ref ids);
        sentActivities[id] = 0;
        return Results.Json(new { id });
    }

    /// <summary>Reads the body and checks method, size and token; the refusal is null when the request may go on.</summary>
    private async Task<(JsonElement? Body, IResult? Refusal)> AcceptAsync(HttpContext http, params string[] methods)
    {
        using var reader = new StreamReader(http.Request.Body);
        var text = await reader.ReadToEndAsync();
        JsonElement? body = null;
        IResult? refusal = null;
        try
        {
            body = text.Length > 0 ? JsonDocument.Parse(text).RootElement.Clone() : null;
        }
        catch (JsonException)
        {
            refusal = BadArgument("the body is not JSON");
        }

        if (!methods.Contains(http.Request.Method, StringComparer.Ordinal))
        {
            http.Response.Headers.Allow = string.Join(", ", methods);
            refusal = Results.StatusCode(405);
        }

        refusal ??= TokenRefusal(http.Request.Headers.Authorization.ToString());
        if (refusal is null && System.Text.Encoding.UTF8.GetByteCount(text) > MaxActivityBytes)
        {
            refusal = Results.Json(new { error = new { code = "MessageSizeTooBig", message = "Message size too large." } }, statusCode: 413);
        }

        return (body, refusal);
    }

    private IResult? TokenRefusal(string authorization)
    {
        if (authorization.Length == 0)
        {
            return AcceptAnonymous ? null : Unauthorized("Authorization header not found.");
        }

        var token = authorization.StartsWith("Bearer ", StringComparison.Ordinal) ? authorization["Bearer ".Length..] : null;
        return token is not null && tokens.TryGetValue(token, out var issued) && issued.Audience == Audience && issued.Expires > DateTimeOffset.UtcNow
            ? null
            : Unauthorized("Authorization has been denied for this request.");
    }

    private IResult? KnownConversation(string conversationId) => conversations.ContainsKey(conversationId)
        ? null
        : Results.Json(new { error = new { code = "ConversationNotFound", message = "Conversation not found." } }, statusCode: 404);

    private static IResult? ActivityRefusal(JsonElement? body)
    {
        if (body is not { ValueKind: JsonValueKind.Object } b || !b.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String)
        {
            return BadArgument("Activity type is required.");
        }

        var hasText = b.TryGetProperty("text", out var t) && t.ValueKind == JsonValueKind.String && t.GetString()!.Length > 0;
        var hasAttachments = b.TryGetProperty("attachments", out var a) && a.ValueKind == JsonValueKind.Array && a.GetArrayLength() > 0;
        return type.GetString() == "message" && !hasText && !hasAttachments ? BadArgument("A message needs text or attachments.") : null;
    }

    private IResult Answer(HttpContext http, JsonElement? body, IResult? refusal, Func<IResult> success)
    {
        if (refusal is null && failures.TryDequeue(out var failure))
        {
            if (failure.RetryAfter is not null)
            {
                http.Response.Headers.RetryAfter = failure.RetryAfter;
            }

            refusal = failure.Body is null
                ? Results.StatusCode(failure.Status)
                : Results.Text(failure.Body, "application/json", statusCode: failure.Status);
        }

        var result = refusal ?? success();
        var status = (result as IStatusCodeHttpResult)?.StatusCode ?? 200;
        Requests.Enqueue(new RecordedRequest(http.Request.Method, http.Request.Path + http.Request.QueryString,
            http.Request.Headers.Authorization.ToString(), body, status));
        return result;
    }

    private static IResult BadArgument(string message) =>
        Results.Json(new { error = new { code = "BadArgument", message } }, statusCode: 400);

    private static IResult Unauthorized(string message) =>
        Results.Json(new { message }, statusCode: 401);

    private sealed record ScriptedFailure(int Status, string? RetryAfter, string? Body);
}

/// <summary>The bot's Entra app registration as the fake token endpoint knows it.</summary>
public sealed record BotRegistration(string AppId, string Secret, string TenantId, string IdentityHeader = "secret-header")
{
    public static BotRegistration Default { get; } = new("app", "secret", "tenant");
}

/// <summary>One request the fake connector received, with the status it answered.</summary>
public sealed record RecordedRequest(string Method, string Path, string Authorization, JsonElement? Body, int Status = 200)
{
    /// <summary>The first attachment's card content, if the body is an activity with one.</summary>
    public JsonElement? Card =>
        Body is { } b && b.TryGetProperty("attachments", out var a) && a.GetArrayLength() > 0
            && a[0].TryGetProperty("content", out var c) ? c : null;

    public string? Text => Body is { } b && b.TryGetProperty("text", out var t) ? t.GetString() : null;

    /// <summary>All text in the activity, card included, for simple assertions.</summary>
    public string AllText => Body?.GetRawText() is { } raw ? System.Text.RegularExpressions.Regex.Unescape(raw) : string.Empty;
}
