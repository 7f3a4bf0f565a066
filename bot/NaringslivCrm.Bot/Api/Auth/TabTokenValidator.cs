using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;
using NaringslivCrm.Bot.Tenancy;

namespace NaringslivCrm.Bot.Api.Auth;

/// <summary>
/// Validates the tab's bearer token as Teams SSO issues it: issuer https://login.microsoftonline.com/{tid}/v2.0 (or
/// https://sts.windows.net/{tid}/ for v1), signature from the Entra key set, audience = client id or application id
/// URI, lifetime, scp contains access_as_user, tid maps to a configured municipality. The user is oid + tid.
/// </summary>
public sealed partial class TabTokenValidator
{
    private readonly TabAuthOptions options;
    private readonly IMunicipalityDirectory municipalities;
    private readonly DevTokenIssuer devTokens;
    private readonly TimeProvider time;
    private readonly ILogger<TabTokenValidator> logger;
    private readonly ConfigurationManager<OpenIdConnectConfiguration> entra;
    private readonly JsonWebTokenHandler handler = new() { MapInboundClaims = false };

    public TabTokenValidator(IOptions<TabAuthOptions> options, IMunicipalityDirectory municipalities, DevTokenIssuer devTokens,
        IHttpClientFactory http, TimeProvider time, ILogger<TabTokenValidator> logger)
    {
        this.options = options.Value;
        this.municipalities = municipalities;
        this.devTokens = devTokens;
        this.time = time;
        this.logger = logger;
        entra = new ConfigurationManager<OpenIdConnectConfiguration>(this.options.MetadataUrl, new OpenIdConnectConfigurationRetriever(),
            new HttpDocumentRetriever(http.CreateClient(nameof(TabTokenValidator))) { RequireHttps = this.options.RequireHttpsMetadata });
    }

    /// <summary>The audience development tokens are issued for.</summary>
    public string DevAudience => options.ClientId ?? "naringslivcrm-dev";

    public async Task<(TabUser? User, int Status, string? Reason)> ValidateAsync(string? authorization, string? locale, CancellationToken cancellationToken)
    {
        if (authorization is null || !authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return (null, 401, "missing bearer token");
        }

        var raw = authorization["Bearer ".Length..].Trim();
        JsonWebToken unverified;
        try
        {
            unverified = new JsonWebToken(raw);
        }
        catch (ArgumentException)
        {
            return (null, 401, "malformed token");
        }

        var tid = unverified.TryGetPayloadValue<string>("tid", out var t) ? t : null;
        if (tid is null || tid.Length > 64)
        {
            return (null, 401, "no tenant in token");
        }

        var isDev = options.DevTokens.Enabled && unverified.Issuer == DevTokenIssuer.IssuerFor(tid);
        IEnumerable<SecurityKey> keys;
        if (isDev)
        {
            keys = [devTokens.Key];
        }
        else
        {
            try
            {
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                timeout.CancelAfter(TimeSpan.FromSeconds(5));
                keys = (await entra.GetConfigurationAsync(timeout.Token)).SigningKeys;
            }
            catch (Exception e) when (e is InvalidOperationException or IOException or HttpRequestException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
            {
                LogKeysUnavailable(logger, e.GetType().Name);
                return (null, 503, "signing keys unavailable");
            }
        }

        var result = await handler.ValidateTokenAsync(raw, new TokenValidationParameters
        {
            ValidIssuers = isDev ? [DevTokenIssuer.IssuerFor(tid)] : [$"https://login.microsoftonline.com/{tid}/v2.0", $"https://sts.windows.net/{tid}/"],
            ValidAudiences = isDev ? [DevAudience] : new[] { options.ClientId, options.ApplicationIdUri }.OfType<string>(),
            IssuerSigningKeys = keys,
            ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
            ClockSkew = TimeSpan.FromMinutes(5),
            LifetimeValidator = (nbf, exp, _, _) => exp is { } e && time.GetUtcNow().UtcDateTime <= e.ToUniversalTime().AddMinutes(5)
                && (nbf is not { } n || time.GetUtcNow().UtcDateTime >= n.ToUniversalTime().AddMinutes(-5)),
        });
        if (!result.IsValid)
        {
            return (null, 401, result.Exception?.GetType().Name ?? "invalid token");
        }

        var jwt = (JsonWebToken)result.SecurityToken;
        var scopes = jwt.TryGetPayloadValue<string>("scp", out var scp) ? scp.Split(' ') : [];
        if (!scopes.Contains("access_as_user"))
        {
            return (null, 403, "scope access_as_user missing");
        }

        var municipality = municipalities.FindByTenant(tid);
        var oid = jwt.TryGetPayloadValue<string>("oid", out var o) ? o : null;
        if (municipality is null || string.IsNullOrEmpty(oid))
        {
            return (null, 403, "tenant not registered or no oid");
        }

        var name = jwt.TryGetPayloadValue<string>("name", out var n) ? n : oid;
        return (new TabUser(oid, name, municipality, Roles(jwt), locale), 200, null);
    }

    private List<string> Roles(JsonWebToken jwt)
    {
        List<string> roles =
        [
            .. jwt.Claims.Where(c => c.Type == "roles").Select(c => c.Value.ToLowerInvariant())
                .Where(x => x is TabRoles.Officer or TabRoles.Manager or TabRoles.Network).Distinct(),
        ];
        return roles.Count > 0 ? roles : [options.DefaultRole];
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Entra signing keys unavailable ({Error})")]
    private static partial void LogKeysUnavailable(ILogger logger, string error);
}
