using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NaringslivCrm.Teams.Authentication;
using NaringslivCrm.Teams.Connector;
using NaringslivCrm.Teams.Schema;

namespace NaringslivCrm.Teams.Routing;

/// <summary>
/// The inbound endpoint: reads and checks the activity, authenticates it, runs the filters and the router, and
/// answers invokes in the HTTP response. Bad requests get 400/413 without a stack trace; nothing is stored for them.
/// </summary>
public sealed partial class BotAdapter(
    IBotAuthenticator authenticator,
    IConnectorClient connector,
    IEnumerable<ITurnFilter> filters,
    ActivityRouter router,
    ITurnErrorHandler errors,
    IOptions<BotAdapterOptions> options,
    ILogger<BotAdapter> logger)
{
    public async Task ProcessAsync(HttpContext http)
    {
        var cancellationToken = http.RequestAborted;
        var max = options.Value.MaxRequestBytes;
        if (http.Request.ContentLength > max)
        {
            await RejectAsync(http, StatusCodes.Status413PayloadTooLarge, "body too large");
            return;
        }

        var body = await ReadBodyAsync(http.Request, max, cancellationToken);
        if (body is null)
        {
            await RejectAsync(http, StatusCodes.Status413PayloadTooLarge, "body too large");
            return;
        }

        var activity = Parse(body);
        var problem = activity is null ? "malformed JSON activity" : Validate(activity);
        if (problem is not null)
        {
            await RejectAsync(http, StatusCodes.Status400BadRequest, problem);
            return;
        }

        var auth = await authenticator.AuthenticateAsync(http.Request.Headers.Authorization.ToString(), activity!, cancellationToken);
        if (!auth.IsAuthenticated)
        {
            LogRejected(logger, auth.StatusCode, auth.Reason ?? "unknown");
            await RejectAsync(http, auth.StatusCode, auth.StatusCode == 503 ? "authentication keys unavailable" : "unauthorized");
            return;
        }

        var response = await RunTurnAsync(new TurnContext(activity!, connector), cancellationToken);
        await WriteResponseAsync(http, activity!, response);
    }

    private async Task<InvokeResponse?> RunTurnAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var entered = new List<ITurnFilter>();
        var succeeded = false;
        try
        {
            foreach (var filter in filters)
            {
                entered.Add(filter);
                var result = await filter.OnTurnAsync(turn, cancellationToken);
                if (!result.Continue)
                {
                    succeeded = true;
                    return result.Response;
                }
            }

            var response = await router.RouteAsync(turn, cancellationToken);
            succeeded = true;
            return response;
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            var answer = await errors.OnErrorAsync(turn, e, cancellationToken);
            return turn.Activity.Type == ActivityTypes.Invoke ? answer ?? new InvokeResponse(500, CardErrorBody()) : null;
        }
        finally
        {
            for (var i = entered.Count - 1; i >= 0; i--)
            {
                await entered[i].OnTurnCompletedAsync(turn, succeeded, CancellationToken.None);
            }
        }
    }

    private static object CardErrorBody() =>
        Cards.CardAttachments.ErrorInvokeBody(500, "InternalError", "Något gick fel. Försök igen om en stund.");

    private static async Task WriteResponseAsync(HttpContext http, Activity activity, InvokeResponse? response)
    {
        if (activity.Type != ActivityTypes.Invoke)
        {
            http.Response.StatusCode = StatusCodes.Status200OK;
            return;
        }

        response ??= InvokeResponse.NotImplemented();
        http.Response.StatusCode = response.Status;
        if (response.Body is not null)
        {
            http.Response.ContentType = "application/json; charset=utf-8";
            await JsonSerializer.SerializeAsync(http.Response.Body, response.Body, response.Body.GetType(), BotJson.Options);
        }
    }

    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, int max, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > max)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static Activity? Parse(byte[] body)
    {
        try
        {
            return JsonSerializer.Deserialize<Activity>(body, BotJson.Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? Validate(Activity activity)
    {
        if (string.IsNullOrWhiteSpace(activity.Type))
        {
            return "activity type is missing";
        }

        if (string.IsNullOrWhiteSpace(activity.ServiceUrl)
            || !Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            return "serviceUrl is missing or not an http(s) URL";
        }

        return string.IsNullOrWhiteSpace(activity.Conversation?.Id) ? "conversation.id is missing" : null;
    }

    private static async Task RejectAsync(HttpContext http, int status, string detail)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = "application/problem+json";
        await http.Response.WriteAsJsonAsync(new { status, title = "Request rejected", detail });
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Inbound activity rejected with {Status}: {Reason}")]
    private static partial void LogRejected(ILogger logger, int status, string reason);
}
