using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.IdentityModel.Tokens;

namespace NaringslivCrm.Testing.Fakes;

/// <summary>
/// Serves an OpenID metadata document and key set the way login.botframework.com does (keys carry an
/// "endorsements" array), so inbound authentication is tested with real signatures.
/// </summary>
public sealed class LocalOpenIdServer : LoopbackServer
{
    public RsaSecurityKey TeamsKey { get; } = NewKey("teams-key");

    /// <summary>A published key that is not endorsed for msteams.</summary>
    public RsaSecurityKey OtherChannelKey { get; } = NewKey("other-key");

    /// <summary>A published key with no "endorsements" at all (botbuilder then skips the endorsement check).</summary>
    public RsaSecurityKey UnendorsedKey { get; } = NewKey("plain-key");

    /// <summary>A key published only once set: a signing-key rollover, as Entra does it (new kid in the key set).</summary>
    public RsaSecurityKey? RolledKey { get; set; }

    public int KeyRequests { get; private set; }

    /// <summary>When true, the metadata endpoint answers 500.</summary>
    public bool Down { get; set; }

    public int MetadataRequests { get; private set; }

    public Uri MetadataUri => new(BaseUri, ".well-known/openidconfiguration");

    protected override void Map(IEndpointRouteBuilder routes)
    {
        routes.MapGet("/.well-known/openidconfiguration", () =>
        {
            MetadataRequests++;
            return Down
                ? Results.StatusCode(500)
                : Results.Json(new
                {
                    issuer = "https://api.botframework.com",
                    authorization_endpoint = "https://invalid.botframework.com",
                    jwks_uri = new Uri(BaseUri, "keys").ToString(),
                    id_token_signing_alg_values_supported = new[] { "RS256" },
                    token_endpoint_auth_methods_supported = new[] { "private_key_jwt" },
                });
        });
        routes.MapGet("/keys", () =>
        {
            KeyRequests++;
            Dictionary<string, object>[] keys = [Jwk(TeamsKey, ["msteams", "webchat"]), Jwk(OtherChannelKey, ["skype"]), Jwk(UnendorsedKey, null)];
            return Down ? Results.StatusCode(500) : Results.Json(new { keys = RolledKey is null ? keys : [.. keys, Jwk(RolledKey, null)] });
        });
    }

    private static RsaSecurityKey NewKey(string kid) => new(RSA.Create(2048)) { KeyId = kid };

    private static Dictionary<string, object> Jwk(RsaSecurityKey key, string[]? endorsements)
    {
        var p = key.Rsa.ExportParameters(false);
        var jwk = new Dictionary<string, object>
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = key.KeyId!,
            ["n"] = Base64UrlEncoder.Encode(p.Modulus),
            ["e"] = Base64UrlEncoder.Encode(p.Exponent),
        };
        if (endorsements is not null)
        {
            jwk["endorsements"] = endorsements;
        }

        return jwk;
    }
}
