using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using NaringslivCrm.Teams.Schema;

namespace NaringslivCrm.Teams.Connector;

/// <summary>Calls the Bot Connector REST API with the bot's token; transient failures are retried by the handler chain.</summary>
public sealed class ConnectorClient(HttpClient http, IBotTokenProvider tokens) : IConnectorClient
{
    public Task<ResourceResponse> ReplyToActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) =>
        SendAsync<ResourceResponse>(HttpMethod.Post, Url(serviceUrl, conversationId, activityId), activity, cancellationToken);

    public Task<ResourceResponse> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken) =>
        SendAsync<ResourceResponse>(HttpMethod.Post, Url(serviceUrl, conversationId, null), activity, cancellationToken);

    public Task<ResourceResponse> UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) =>
        SendAsync<ResourceResponse>(HttpMethod.Put, Url(serviceUrl, conversationId, activityId), activity with { Id = activityId }, cancellationToken);

    public async Task DeleteActivityAsync(string serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken) =>
        await SendAsync<JsonElement>(HttpMethod.Delete, Url(serviceUrl, conversationId, activityId), null, cancellationToken);

    public Task<ConversationResourceResponse> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken) =>
        SendAsync<ConversationResourceResponse>(HttpMethod.Post, new Uri(Base(serviceUrl), "v3/conversations"), parameters, cancellationToken);

    private static Uri Url(string serviceUrl, string conversationId, string? activityId)
    {
        var path = $"v3/conversations/{Uri.EscapeDataString(conversationId)}/activities";
        if (activityId is not null)
        {
            path += "/" + Uri.EscapeDataString(activityId);
        }

        return new Uri(Base(serviceUrl), path);
    }

    private static Uri Base(string serviceUrl) => new(serviceUrl.EndsWith('/') ? serviceUrl : serviceUrl + "/");

    private async Task<T> SendAsync<T>(HttpMethod method, Uri uri, object? body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, uri);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body, body.GetType(), options: BotJson.Options);
        }

        var token = await tokens.GetTokenAsync(cancellationToken);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var response = await http.SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            var (code, subCode) = await ReadErrorAsync(response, cancellationToken);
            throw new ConnectorException((int)response.StatusCode, code, subCode);
        }

        if (response.Content.Headers.ContentLength is 0 || response.StatusCode == System.Net.HttpStatusCode.NoContent)
        {
            return default!;
        }

        try
        {
            return (await response.Content.ReadFromJsonAsync<T>(BotJson.Options, cancellationToken))!;
        }
        catch (JsonException)
        {
            return default!;
        }
    }

    private static async Task<(string? Code, string? SubCode)> ReadErrorAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            var body = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
            if (body.ValueKind == JsonValueKind.Object && body.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.Object)
            {
                var code = error.TryGetProperty("code", out var c) ? c.GetString() : null;
                string? sub = null;
                if (error.TryGetProperty("innerHttpError", out var inner) && inner.ValueKind == JsonValueKind.Object
                    && inner.TryGetProperty("subCode", out var innerSub))
                {
                    sub = innerSub.GetString();
                }

                if (error.TryGetProperty("subCode", out var s))
                {
                    sub = s.GetString();
                }

                return (code, sub);
            }
        }
        catch (Exception e) when (e is JsonException or NotSupportedException or InvalidOperationException)
        {
            // The error body is not JSON: the status alone says enough.
        }

        return (null, null);
    }
}
