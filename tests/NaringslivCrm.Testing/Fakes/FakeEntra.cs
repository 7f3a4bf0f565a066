using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace NaringslivCrm.Testing.Fakes;

/// <summary>
/// A local Microsoft Entra ID on loopback https (MSAL refuses an http authority): the v2.0 token endpoint for the
/// client-credentials grant with a client secret or a client assertion (federated identity credential), and App
/// Service's managed-identity endpoint. It issues the token kinds the real one does, signed with its own key:
/// <list type="bullet">
/// <item>managed identity → a token for the requested resource (for a federated credential, audience
/// <c>api://AzureADTokenExchange</c>), issuer <c>https://login.microsoftonline.com/{tenant}/v2.0</c>, sub = the
/// identity's object id (docs: entra workload-id workload-identity-federation-config-app-trust-managed-identity.md);</item>
/// <item>client credentials for <c>https://graph.microsoft.com/.default</c> → an app-only v1 access token: issuer
/// <c>https://sts.windows.net/{tenant}/</c>, aud <c>https://graph.microsoft.com</c>, <c>appid</c> = the client id,
/// <c>idtyp</c> = app, <c>roles</c> = the application permissions granted (docs: identity-platform access-token-claims-reference.md).</item>
/// </list>
/// Refusals use Entra's error shape and AADSTS codes: unknown client (700016), wrong secret (7000215), assertion not
/// matching a federated credential (70021).
/// </summary>
public sealed class FakeEntra() : LoopbackServer(https: true)
{
    public const string TokenExchangeAudience = "api://AzureADTokenExchange";
    public const string GraphResource = "https://graph.microsoft.com";

    private readonly ConcurrentDictionary<string, EntraApp> apps = new();
    private readonly ConcurrentDictionary<string, ManagedIdentity> identities = new();

    public RsaSecurityKey SigningKey { get; } = new(RSA.Create(2048)) { KeyId = "entra-" + Guid.NewGuid().ToString("N")[..8] };

    /// <summary>The secret App Service passes in IDENTITY_HEADER.</summary>
    public string IdentityHeader { get; } = "identity-header-" + Guid.NewGuid().ToString("N")[..8];

    public Uri IdentityEndpoint => new(BaseUri, "msi/token");

    public ConcurrentQueue<EntraTokenRequest> Requests { get; } = new();

    public void AddApp(EntraApp app) => apps[app.ClientId] = app;

    /// <summary>A user-assigned managed identity (client id and the object id its tokens carry as sub).</summary>
    public void AddManagedIdentity(string clientId, string principalId, string tenantId) =>
        identities[clientId] = new ManagedIdentity(clientId, principalId, tenantId);

    public static string V2Issuer(string tenant) => $"https://login.microsoftonline.com/{tenant}/v2.0";

    public static string V1Issuer(string tenant) => $"https://sts.windows.net/{tenant}/";

    protected override void Map(IEndpointRouteBuilder routes)
    {
        routes.MapGet("/msi/token", (HttpContext http) =>
        {
            var q = http.Request.Query;
            Requests.Enqueue(new EntraTokenRequest("managed-identity", q["client_id"].ToString(), q["resource"].ToString(), null));
            if (http.Request.Headers["X-IDENTITY-HEADER"] != IdentityHeader || q["api-version"] != "2019-08-01")
            {
                return Results.Json(new { error = "invalid_request", error_description = "X-IDENTITY-HEADER or api-version missing" }, statusCode: 400);
            }

            if (!identities.TryGetValue(q["client_id"].ToString(), out var mi))
            {
                return Results.Json(new { error = "invalid_request", error_description = "Identity not found" }, statusCode: 400);
            }

            var resource = q["resource"].ToString();
            var expires = DateTimeOffset.UtcNow.AddHours(1);
            var token = Sign(V2Issuer(mi.TenantId), resource, expires, new Dictionary<string, object>
            {
                ["sub"] = mi.PrincipalId, ["oid"] = mi.PrincipalId, ["tid"] = mi.TenantId, ["azp"] = mi.ClientId, ["idtyp"] = "app",
            });
            return Results.Json(new
            {
                access_token = token,
                expires_on = expires.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture),
                resource,
                token_type = "Bearer",
                client_id = mi.ClientId,
            });
        });
        routes.MapPost("/{tenant}/oauth2/v2.0/token", async (HttpContext http, string tenant) =>
        {
            var form = await http.Request.ReadFormAsync();
            var clientId = form["client_id"].ToString();
            var scope = form["scope"].ToString();
            Requests.Enqueue(new EntraTokenRequest(form["client_assertion"].Count > 0 ? "client-assertion" : "client-secret", clientId, scope, tenant));
            if (form["grant_type"] != "client_credentials" || !scope.EndsWith("/.default", StringComparison.Ordinal))
            {
                return Error(400, "invalid_request", 90014, "client_credentials with a /.default scope expected");
            }

            if (!apps.TryGetValue(clientId, out var app) || !app.ConsentedTenants.Contains(tenant))
            {
                return Error(400, "unauthorized_client", 700016, $"Application with identifier '{clientId}' was not found in the directory '{tenant}'.");
            }

            if (form["client_assertion"].ToString() is { Length: > 0 } assertion)
            {
                if (form["client_assertion_type"] != "urn:ietf:params:oauth:client-assertion-type:jwt-bearer" || !await MatchesFederatedCredentialAsync(app, assertion))
                {
                    return Error(400, "invalid_client", 70021, "No matching federated identity record found for presented assertion.");
                }
            }
            else if (app.Secret is null || form["client_secret"] != app.Secret)
            {
                return Error(401, "invalid_client", 7000215, "Invalid client secret provided.");
            }

            var resource = scope[..^"/.default".Length];
            var token = Sign(V1Issuer(tenant), resource, DateTimeOffset.UtcNow.AddHours(1), new Dictionary<string, object>
            {
                ["appid"] = clientId, ["idtyp"] = "app", ["tid"] = tenant, ["ver"] = "1.0", ["oid"] = "sp-" + clientId, ["roles"] = app.Roles.ToArray(),
            });
            return Results.Json(new { token_type = "Bearer", expires_in = 3599, ext_expires_in = 3599, access_token = token });
        });
    }

    private async Task<bool> MatchesFederatedCredentialAsync(EntraApp app, string assertion)
    {
        if (app.TrustedManagedIdentity is not { } trusted || !identities.TryGetValue(trusted, out var mi))
        {
            return false;
        }

        var result = await new JsonWebTokenHandler().ValidateTokenAsync(assertion, new TokenValidationParameters
        {
            IssuerSigningKey = SigningKey,
            ValidIssuer = V2Issuer(mi.TenantId),
            ValidAudience = TokenExchangeAudience,
        });
        return result.IsValid && result.Claims.TryGetValue("sub", out var sub) && sub as string == mi.PrincipalId;
    }

    private string Sign(string issuer, string audience, DateTimeOffset expires, Dictionary<string, object> claims) =>
        new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            Expires = expires.UtcDateTime,
            NotBefore = DateTime.UtcNow.AddMinutes(-1),
            Claims = claims,
            SigningCredentials = new SigningCredentials(SigningKey, SecurityAlgorithms.RsaSha256),
        });

    private static IResult Error(int status, string error, int code, string description) =>
        Results.Json(new
        {
            error,
            error_description = $"AADSTS{code}: {description}",
            error_codes = new[] { code },
            timestamp = DateTime.UtcNow.ToString("u", CultureInfo.InvariantCulture),
            trace_id = Guid.NewGuid(),
            correlation_id = Guid.NewGuid(),
        }, statusCode: status);

    private sealed record ManagedIdentity(string ClientId, string PrincipalId, string TenantId);
}

/// <summary>
/// An app registration in the fake Entra: a client secret and/or a federated identity credential trusting a managed
/// identity (by its client id), the tenants that consented to it, and its granted application permissions.
/// </summary>
public sealed record EntraApp(string ClientId, IReadOnlySet<string> ConsentedTenants, IReadOnlyList<string> Roles,
    string? Secret = null, string? TrustedManagedIdentity = null);

/// <summary>One token request the fake Entra received.</summary>
public sealed record EntraTokenRequest(string Kind, string ClientId, string ScopeOrResource, string? Tenant);
