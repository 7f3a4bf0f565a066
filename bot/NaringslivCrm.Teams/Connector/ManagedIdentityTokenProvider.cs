using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace NaringslivCrm.Teams.Connector;

/// <summary>
/// Token from App Service's managed-identity endpoint for a user-assigned identity (MicrosoftAppType UserAssignedMSI):
/// GET {IDENTITY_ENDPOINT}?resource=…&amp;api-version=2019-08-01&amp;client_id=… with X-IDENTITY-HEADER.
/// </summary>
public sealed class ManagedIdentityTokenProvider(HttpClient http, IOptions<BotCredentialsOptions> options, TimeProvider time)
    : CachingTokenProvider(time)
{
    protected override async Task<(string Token, DateTimeOffset ExpiresAt)> AcquireAsync(CancellationToken cancellationToken)
    {
        var o = options.Value;
        var endpoint = o.IdentityEndpoint ?? Environment.GetEnvironmentVariable("IDENTITY_ENDPOINT")
            ?? throw new TokenAcquisitionException("IDENTITY_ENDPOINT is not set: no managed identity is available here");
        var header = o.IdentityHeader ?? Environment.GetEnvironmentVariable("IDENTITY_HEADER") ?? string.Empty;
        var resource = o.Scope.Replace("/.default", string.Empty, StringComparison.Ordinal);
        var uri = $"{endpoint}?resource={Uri.EscapeDataString(resource)}&api-version=2019-08-01&client_id={Uri.EscapeDataString(o.MicrosoftAppId ?? "")}";
        using var request = new HttpRequestMessage(HttpMethod.Get, uri);
        request.Headers.Add("X-IDENTITY-HEADER", header);
        using var response = await http.SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new TokenAcquisitionException($"Managed identity endpoint answered {(int)response.StatusCode}", (int)response.StatusCode);
        }

        var body = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
        var token = body.TryGetProperty("access_token", out var t) ? t.GetString() : null;
        var expiresOn = body.TryGetProperty("expires_on", out var e) ? ReadUnixSeconds(e) : null;
        return token is null
            ? throw new TokenAcquisitionException("Managed identity endpoint answered without access_token")
            : (token, expiresOn ?? Time.GetUtcNow().AddMinutes(30));
    }

    private static DateTimeOffset? ReadUnixSeconds(JsonElement e)
    {
        var text = e.ValueKind == JsonValueKind.String ? e.GetString() : e.GetRawText();
        return long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var s)
            ? DateTimeOffset.FromUnixTimeSeconds(s)
            : null;
    }
}
