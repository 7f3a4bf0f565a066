using System.Net;
using System.Net.Http.Headers;
using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using NaringslivCrm.Bot.Tests.Infrastructure;

namespace NaringslivCrm.Bot.Tests.Api;

/// <summary>
/// The tab API's sign-in (JwtBearer + policies). Token facts from Microsoft Entra "Access token claims reference"
/// (learn.microsoft.com/entra/identity-platform/access-token-claims-reference): iss is
/// https://login.microsoftonline.com/{tid}/v2.0 for v2 tokens and https://sts.windows.net/{tid}/ for v1 tokens; aud is
/// the client id in v2 tokens and may be the Application ID URI in v1 tokens; scp lists the delegated scopes. Teams
/// "Add code to enable SSO" (learn.microsoft.com/microsoftteams/platform/tabs/how-to/authentication/tab-sso-code): the
/// tab's token is for the app's exposed scope access_as_user. Entra "Signing key rollover"
/// (learn.microsoft.com/entra/identity-platform/signing-key-rollover): keys roll; a token with an unknown kid means
/// the key set is re-read.
/// </summary>
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

    [Fact]
    public async Task V1Token_StsIssuerAndApplicationIdUri_Accepted()
    {
        var token = Sso(audience: "api://localhost/tab-client", issuer: $"https://sts.windows.net/{CrmAppFactory.TenantA}/");

        Assert.Equal(HttpStatusCode.OK, (await Send(token)).StatusCode);
    }

    [Theory]
    [InlineData("https://login.microsoftonline.com/99999999-9999-9999-9999-999999999999/v2.0")]
    [InlineData("https://sts.windows.net/99999999-9999-9999-9999-999999999999/")]
    [InlineData("https://login.microsoftonline.com/{tenantid}/v2.0")]
    public async Task IssuerOfAnotherTenantThanTid_Unauthorized(string issuer)
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await Send(Sso(issuer: issuer))).StatusCode);
    }

    [Fact]
    public async Task NotAJwt_UnauthorizedWithoutFetchingKeys()
    {
        Entra.Down = true;

        var response = await Send("not-a-jwt");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, Entra.MetadataRequests);
    }

    [Fact]
    public async Task KeyServerDown_ServiceUnavailableInSwedish()
    {
        Entra.Down = true;

        var response = await Send(Sso());

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("kan inte kontrolleras just nu", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SigningKeyRolledOver_NewKidAcceptedAfterOneKeyRefetch()
    {
        Assert.Equal(HttpStatusCode.OK, (await Send(Sso())).StatusCode);
        var fetched = Entra.KeyRequests;
        Entra.RolledKey = new RsaSecurityKey(System.Security.Cryptography.RSA.Create(2048)) { KeyId = "rolled-key" };

        var status = HttpStatusCode.Unauthorized;
        for (var attempt = 0; attempt < 20 && status != HttpStatusCode.OK; attempt++)
        {
            status = (await Send(Sso(key: Entra.RolledKey))).StatusCode;
            await Task.Delay(status == HttpStatusCode.OK ? 0 : 100);
        }

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(fetched + 1, Entra.KeyRequests);
    }

    [Fact]
    public async Task UnknownKidRepeated_KeysRefetchedAtMostOnce()
    {
        Assert.Equal(HttpStatusCode.OK, (await Send(Sso())).StatusCode);
        var fetched = Entra.KeyRequests;
        var stranger = new RsaSecurityKey(System.Security.Cryptography.RSA.Create(2048)) { KeyId = "stranger" };

        for (var i = 0; i < 10; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await Send(Sso(key: stranger))).StatusCode);
            await Task.Delay(50);
        }

        Assert.True(Entra.KeyRequests - fetched <= 1, $"{Entra.KeyRequests - fetched} key fetches for one unknown kid");
    }

    [Fact]
    public async Task Officer_ManagerRoute_ForbiddenWithTheRoutesText()
    {
        var erik = await SignedInAsync("erik");

        var response = await erik.GetAsync("/api/v1/reminders/delivery-problems");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("Bara chefer ser vilka handläggare", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
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
