using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace NaringslivCrm.Bot.Api.Auth;

/// <summary>
/// JwtBearer settings for the tab's two schemes. Teams SSO tokens: keys from the Entra metadata (TabAuth:MetadataUrl),
/// issuer https://login.microsoftonline.com/{tid}/v2.0 (v2) or https://sts.windows.net/{tid}/ (v1) for the token's own
/// tid, audience TabAuth:ClientId or TabAuth:ApplicationIdUri, RS256, lifetime by the app's TimeProvider with 5 min
/// skew. Development tokens: the in-memory key of <see cref="DevTokenIssuer"/>, and only while they are enabled.
/// </summary>
public sealed class TabJwtBearerSetup(IOptions<TabAuthOptions> tab, IHttpClientFactory http, DevTokenIssuer devTokens,
    TabTokenEvents events, TimeProvider time) : IConfigureNamedOptions<JwtBearerOptions>
{
    private static readonly TimeSpan Skew = TimeSpan.FromMinutes(5);

    public void Configure(JwtBearerOptions options) => Configure(Options.DefaultName, options);

    public void Configure(string? name, JwtBearerOptions options)
    {
        var settings = tab.Value;
        options.MapInboundClaims = false;
        options.TimeProvider = time;
        options.Events = events;
        options.TokenHandlers.Clear();
        options.TokenHandlers.Add(new JsonWebTokenHandler { MapInboundClaims = false });
        var parameters = new TokenValidationParameters
        {
            ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
            ValidateIssuerSigningKey = true,
            RequireExpirationTime = true,
            LifetimeValidator = Lifetime,
            NameClaimType = "name",
            RoleClaimType = TabClaims.Role,
        };

        if (name == TabAuthentication.DevScheme)
        {
            parameters.ValidAudience = DevTokenIssuer.AudienceFor(settings);
            parameters.IssuerValidator = (issuer, token, _) => Issuer(issuer, token, tid => [DevTokenIssuer.IssuerFor(tid)]);
            parameters.IssuerSigningKey = devTokens.Key;
            options.Configuration = new OpenIdConnectConfiguration();
        }
        else if (name == TabAuthentication.EntraScheme)
        {
            parameters.ValidAudiences = new[] { settings.ClientId, settings.ApplicationIdUri }.Where(a => !string.IsNullOrWhiteSpace(a)).OfType<string>().ToArray();
            parameters.IssuerValidator = (issuer, token, _) =>
                Issuer(issuer, token, tid => [$"https://login.microsoftonline.com/{tid}/v2.0", $"https://sts.windows.net/{tid}/"]);
            options.MetadataAddress = settings.MetadataUrl;
            options.RequireHttpsMetadata = settings.RequireHttpsMetadata;
            options.Backchannel = http.CreateClient(TabAuthentication.EntraScheme);
        }

        options.TokenValidationParameters = parameters;
    }

    /// <summary>The issuer must be one of the tenant-specific issuers for the token's own tid.</summary>
    private static string Issuer(string issuer, SecurityToken token, Func<string, string[]> valid)
    {
        var tid = token is JsonWebToken jwt && jwt.TryGetPayloadValue<string>(TabClaims.TenantId, out var t) ? t : null;
        return tid is not null && valid(tid).Contains(issuer, StringComparer.Ordinal)
            ? issuer
            : throw new SecurityTokenInvalidIssuerException("issuer does not match the token's tenant");
    }

    private bool Lifetime(DateTime? notBefore, DateTime? expires, SecurityToken token, TokenValidationParameters parameters)
    {
        var now = time.GetUtcNow().UtcDateTime;
        return expires is { } e && now <= e.ToUniversalTime() + Skew && (notBefore is not { } n || now >= n.ToUniversalTime() - Skew);
    }
}
