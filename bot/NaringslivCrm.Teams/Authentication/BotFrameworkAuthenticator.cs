using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;
using NaringslivCrm.Teams.Schema;

namespace NaringslivCrm.Teams.Authentication;

/// <summary>
/// Validates the Bot Framework's inbound JWT as the Teams channel issues it: issuer, audience = app id,
/// RS256 signature from the published key set, lifetime with skew, the key's endorsements (when it has any) contain
/// the channel id, and the serviceurl claim equals the activity's serviceUrl. A bearer value that is not a JWT is
/// refused before any key is fetched.
/// </summary>
public sealed partial class BotFrameworkAuthenticator : IBotAuthenticator
{
    private readonly BotAuthenticationOptions options;
    private readonly IConfigurationManager<OpenIdConnectConfiguration> configuration;
    private readonly JsonWebTokenHandler handler = new() { MapInboundClaims = false };
    private readonly ILogger<BotFrameworkAuthenticator> logger;
    private readonly TimeProvider time;

    public BotFrameworkAuthenticator(
        IOptions<BotAuthenticationOptions> options,
        IHttpClientFactory httpClients,
        TimeProvider time,
        ILogger<BotFrameworkAuthenticator> logger)
    {
        this.options = options.Value;
        this.logger = logger;
        this.time = time;
        var retriever = new HttpDocumentRetriever(httpClients.CreateClient(nameof(BotFrameworkAuthenticator)))
        {
            RequireHttps = this.options.RequireHttpsMetadata,
        };
        configuration = new ConfigurationManager<OpenIdConnectConfiguration>(
            this.options.OpenIdMetadataUrl, new OpenIdConnectConfigurationRetriever(), retriever)
        {
            AutomaticRefreshInterval = TimeSpan.FromHours(12),
            RefreshInterval = TimeSpan.FromMinutes(5),
        };
    }

    public async Task<BotAuthenticationResult> AuthenticateAsync(
        string? authorizationHeader, Activity activity, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(authorizationHeader))
        {
            return options.AllowAnonymous
                ? BotAuthenticationResult.Anonymous
                : BotAuthenticationResult.Unauthorized("missing Authorization header");
        }

        if (!authorizationHeader.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return BotAuthenticationResult.Unauthorized("Authorization header is not a bearer token");
        }

        if (string.IsNullOrEmpty(options.AppId))
        {
            return BotAuthenticationResult.Unauthorized("no app id configured to validate the audience against");
        }

        var token = authorizationHeader["Bearer ".Length..].Trim();
        if (!handler.CanReadToken(token))
        {
            // Not a JWT at all: refused at once, without fetching signing keys (so never a 503 for garbage).
            return BotAuthenticationResult.Unauthorized("bearer value is not a JWT");
        }

        var metadata = await GetMetadataAsync(cancellationToken);
        if (metadata is null)
        {
            return BotAuthenticationResult.Unavailable("OpenID metadata could not be fetched");
        }

        var result = await handler.ValidateTokenAsync(token, Parameters(metadata));
        if (!result.IsValid)
        {
            if (result.Exception is SecurityTokenSignatureKeyNotFoundException)
            {
                // A new signing key may have been published: refresh once, later requests benefit.
                configuration.RequestRefresh();
            }

            return BotAuthenticationResult.Unauthorized(result.Exception?.GetType().Name ?? "invalid token");
        }

        var jwt = (JsonWebToken)result.SecurityToken;
        if (!IsEndorsed(metadata, jwt.Kid, activity.ChannelId))
        {
            return BotAuthenticationResult.Unauthorized("signing key is not endorsed for the channel");
        }

        var serviceUrl = jwt.TryGetPayloadValue<string>("serviceurl", out var claimed) ? claimed : null;
        if (serviceUrl is null || !string.Equals(serviceUrl, activity.ServiceUrl, StringComparison.OrdinalIgnoreCase))
        {
            return BotAuthenticationResult.Unauthorized("serviceurl claim does not match the activity");
        }

        return BotAuthenticationResult.Authenticated;
    }

    private TokenValidationParameters Parameters(OpenIdConnectConfiguration metadata) => new()
    {
        ValidIssuer = BotAuthenticationOptions.BotFrameworkIssuer,
        ValidAudience = options.AppId,
        IssuerSigningKeys = metadata.SigningKeys,
        ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
        RequireSignedTokens = true,
        RequireExpirationTime = true,
        ValidateLifetime = true,
        ClockSkew = options.ClockSkew,
        LifetimeValidator = (notBefore, expires, _, p) => IsWithinLifetime(notBefore, expires, p.ClockSkew),
    };

    private bool IsWithinLifetime(DateTime? notBefore, DateTime? expires, TimeSpan skew)
    {
        var now = time.GetUtcNow().UtcDateTime;
        return expires is { } exp && now <= exp.ToUniversalTime() + skew
            && (notBefore is not { } nbf || now >= nbf.ToUniversalTime() - skew);
    }

    private async Task<OpenIdConnectConfiguration?> GetMetadataAsync(CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.MetadataTimeout);
        try
        {
            return await configuration.GetConfigurationAsync(timeout.Token);
        }
        catch (Exception e) when (e is InvalidOperationException or IOException or HttpRequestException or OperationCanceledException)
        {
            if (cancellationToken.IsCancellationRequested)
            {
                throw;
            }

            LogMetadataUnavailable(logger, options.OpenIdMetadataUrl, e.GetType().Name);
            return null;
        }
    }

    private static bool IsEndorsed(OpenIdConnectConfiguration metadata, string? kid, string? channelId)
    {
        if (kid is null || string.IsNullOrEmpty(channelId))
        {
            return false;
        }

        // As botbuilder checks them (botbuilder-dotnet libraries/Microsoft.Bot.Connector/Authentication/
        // JwtTokenExtractor.cs, ValidateTokenAsync): only a key that carries endorsements must name the channel.
        var key = metadata.JsonWebKeySet?.Keys.FirstOrDefault(k => k.Kid == kid);
        if (key is null)
        {
            return false;
        }

        return !key.AdditionalData.TryGetValue("endorsements", out var raw)
            || Endorsements(raw).Contains(channelId, StringComparer.OrdinalIgnoreCase);
    }

    private static IEnumerable<string> Endorsements(object? raw) => raw switch
    {
        JsonElement { ValueKind: JsonValueKind.Array } array =>
            array.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!),
        IEnumerable<string> strings => strings,
        System.Collections.IEnumerable items => items.Cast<object?>().Select(i => i?.ToString()).OfType<string>(),
        _ => [],
    };

    [LoggerMessage(Level = LogLevel.Warning, Message = "Bot Framework OpenID metadata at {Url} could not be fetched ({Error})")]
    private static partial void LogMetadataUnavailable(ILogger logger, string url, string error);
}
