using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace NaringslivCrm.Testing.Fakes;

/// <summary>Signs Bot Framework-shaped tokens, correct by default; each property can be made wrong.</summary>
public sealed record BotTokenFactory(SecurityKey Key)
{
    public string Issuer { get; init; } = "https://api.botframework.com";
    public string Audience { get; init; } = "test-app-id";
    public string? ServiceUrl { get; init; } = "https://smba.example.test/teams/";
    public DateTime NotBefore { get; init; } = DateTime.UtcNow.AddMinutes(-1);
    public DateTime Expires { get; init; } = DateTime.UtcNow.AddMinutes(30);
    public string Algorithm { get; init; } = SecurityAlgorithms.RsaSha256;

    public string Create()
    {
        var claims = new List<Claim>();
        if (ServiceUrl is not null)
        {
            claims.Add(new Claim("serviceurl", ServiceUrl));
        }

        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Audience,
            NotBefore = NotBefore,
            IssuedAt = NotBefore,
            Expires = Expires,
            Subject = new ClaimsIdentity(claims),
            SigningCredentials = new SigningCredentials(Key, Algorithm),
        });
    }
}
