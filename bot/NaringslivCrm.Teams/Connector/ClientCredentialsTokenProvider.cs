using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Options;

using NaringslivCrm.Teams.Schema;

namespace NaringslivCrm.Teams.Connector;

/// <summary>Client-credentials token from the bot's own tenant (MicrosoftAppType SingleTenant).</summary>
public sealed class ClientCredentialsTokenProvider(HttpClient http, IOptions<BotCredentialsOptions> options, TimeProvider time)
    : CachingTokenProvider(time)
{
    protected override async Task<(string Token, DateTimeOffset ExpiresAt)> AcquireAsync(CancellationToken cancellationToken)
    {
        var o = options.Value;
        var uri = new Uri($"{o.AuthorityHost.TrimEnd('/')}/{Uri.EscapeDataString(o.MicrosoftAppTenantId ?? "")}/oauth2/v2.0/token");
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = o.MicrosoftAppId ?? string.Empty,
            ["client_secret"] = o.MicrosoftAppPassword ?? string.Empty,
            ["scope"] = o.Scope,
        });
        using var response = await http.PostAsync(uri, form, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new TokenAcquisitionException($"Token endpoint answered {(int)response.StatusCode}", (int)response.StatusCode);
        }

        var body = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
        var token = body.TryGetProperty("access_token", out var t) ? t.GetString() : null;
        var seconds = body.IntProperty("expires_in") ?? 3599;
        return token is null
            ? throw new TokenAcquisitionException("Token endpoint answered without access_token")
            : (token, Time.GetUtcNow().AddSeconds(seconds));
    }
}
