using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace NaringslivCrm.Bot.Api.Auth;

/// <summary>
/// Development sign-in: signs real RS256 JWTs shaped like Entra v2 access tokens with an in-memory key. They are
/// validated by JwtBearer like Teams SSO tokens (scheme TabDev, see <see cref="TabJwtBearerSetup"/>); its trust in this
/// key exists only while TabAuth:DevTokens:Enabled is true.
/// </summary>
public sealed class DevTokenIssuer(TimeProvider time) : IDisposable
{
    public const string IssuerPrefix = "https://dev-tokens.naringslivcrm.local/";
    private readonly RSA rsa = RSA.Create(2048);

    public SecurityKey Key => new RsaSecurityKey(rsa) { KeyId = "dev-signing-key" };

    public static string IssuerFor(string tenantId) => $"{IssuerPrefix}{tenantId}/v2.0";

    /// <summary>The audience development tokens are issued for.</summary>
    public static string AudienceFor(TabAuthOptions options) => options.ClientId ?? "naringslivcrm-dev";

    public (string Token, DateTimeOffset ExpiresAt) Issue(DevUser user, string tenantId, string audience)
    {
        var now = time.GetUtcNow();
        var expires = now.AddHours(1);
        var claims = new List<Claim>
        {
            new("oid", user.UserId),
            new("name", user.Name),
            new("tid", tenantId),
            new("scp", "access_as_user"),
        };
        claims.AddRange(user.Roles.Select(r => new Claim("roles", r)));
        var token = new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = IssuerFor(tenantId),
            Audience = audience,
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = expires.UtcDateTime,
            Subject = new ClaimsIdentity(claims),
            SigningCredentials = new SigningCredentials(Key, SecurityAlgorithms.RsaSha256),
        });
        return (token, expires);
    }

    public void Dispose() => rsa.Dispose();
}
