using System.Net;
using System.Net.Http.Headers;
using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using NaringslivCrm.Bot.Tests.Infrastructure;

namespace NaringslivCrm.Bot.Tests.Api;

[Collection(AzuriteCollection.Name)]
public sealed class TabAuthTests(AzuriteFixture azurite) : ApiTestBase(azurite)
{
    [Fact]
    public async Task Me_NoToken_UnauthorizedInSwedish()
    {
        var response = await Client.GetAsync("/api/v1/me");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("inte inloggad", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Me_TeamsSsoToken_UserAndMunicipalityFromToken()
    {
        var response = await Send(Sso());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("\"userId\":\"oid-1\"", body, StringComparison.Ordinal);
        Assert.Contains("\"code\":\"0882\"", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("wrong audience", HttpStatusCode.Unauthorized)]
    [InlineData("wrong issuer", HttpStatusCode.Unauthorized)]
    [InlineData("expired", HttpStatusCode.Unauthorized)]
    [InlineData("unknown signing key", HttpStatusCode.Unauthorized)]
    [InlineData("no access_as_user scope", HttpStatusCode.Forbidden)]
    [InlineData("tenant not registered", HttpStatusCode.Forbidden)]
    public async Task Me_WrongToken_Refused(string wrong, HttpStatusCode expected)
    {
        var token = wrong switch
        {
            "wrong audience" => Sso(audience: "someone-else"),
            "wrong issuer" => Sso(issuer: "https://evil.example/"),
            "expired" => Sso(expires: DateTime.UtcNow.AddMinutes(-10)),
            "unknown signing key" => Sso(key: new RsaSecurityKey(System.Security.Cryptography.RSA.Create(2048)) { KeyId = "teams-key" }),
            "no access_as_user scope" => Sso(scope: "User.Read"),
            _ => Sso(tenant: "99999999-9999-9999-9999-999999999999"),
        };

        Assert.Equal(expected, (await Send(token)).StatusCode);
    }

    [Fact]
    public async Task ApplicationIdUriAudience_Accepted()
    {
        Assert.Equal(HttpStatusCode.OK, (await Send(Sso(audience: "api://localhost/tab-client"))).StatusCode);
    }

    private Task<HttpResponseMessage> Send(string token)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/me");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return Client.SendAsync(request);
    }

    private string Sso(string audience = "tab-client", string? issuer = null, DateTime? expires = null, SecurityKey? key = null,
        string scope = "access_as_user", string tenant = CrmAppFactory.TenantA) =>
        new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer ?? $"https://login.microsoftonline.com/{tenant}/v2.0",
            Audience = audience,
            NotBefore = DateTime.UtcNow.AddHours(-2),
            IssuedAt = DateTime.UtcNow.AddHours(-2),
            Expires = expires ?? DateTime.UtcNow.AddHours(1),
            Subject = new ClaimsIdentity([new Claim("tid", tenant), new Claim("oid", "oid-1"), new Claim("name", "Anna"), new Claim("scp", scope)]),
            SigningCredentials = new SigningCredentials(key ?? Entra.TeamsKey, SecurityAlgorithms.RsaSha256),
        });
}

[Collection(AzuriteCollection.Name)]
public sealed class DevTokensOffTests(AzuriteFixture azurite) : ApiTestBase(azurite)
{
    protected override bool DevTokens => false;

    [Fact]
    public async Task DevSignIn_NotEnabled_NotFound()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync("/api/v1/dev/status")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Client.PostAsync("/api/v1/dev/token", JsonContent("{\"userId\":\"anna\"}"))).StatusCode);
    }

    private static StringContent JsonContent(string json) => new(json, System.Text.Encoding.UTF8, "application/json");
}
