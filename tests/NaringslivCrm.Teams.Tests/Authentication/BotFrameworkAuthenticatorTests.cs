using Stopwatch = System.Diagnostics.Stopwatch;
using System.Security.Cryptography;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using NaringslivCrm.Teams.Authentication;
using NaringslivCrm.Teams.Schema;
using NaringslivCrm.Testing.Fakes;

namespace NaringslivCrm.Teams.Tests.Authentication;

public sealed class BotFrameworkAuthenticatorTests : IAsyncLifetime
{
    private const string ServiceUrl = "https://smba.example.test/teams/";
    private readonly LocalOpenIdServer keys = new();

    public Task InitializeAsync() => keys.StartAsync();

    public async Task DisposeAsync() => await keys.DisposeAsync();

    [Fact]
    public async Task Authenticate_ValidTeamsToken_Accepted()
    {
        var result = await Authenticate(Good().Create());

        Assert.True(result.IsAuthenticated);
        Assert.False(result.IsAnonymous);
    }

    public static TheoryData<string> WrongTokens => new()
    {
        "wrong audience", "wrong issuer", "expired beyond skew", "not yet valid", "unknown key",
        "key not endorsed for msteams", "serviceurl mismatch", "no serviceurl claim", "tampered signature",
    };

    [Theory]
    [MemberData(nameof(WrongTokens))]
    public async Task Authenticate_WrongToken_Unauthorized(string wrong)
    {
        var token = wrong switch
        {
            "wrong audience" => (Good() with { Audience = "someone-else" }).Create(),
            "wrong issuer" => (Good() with { Issuer = "https://sts.windows.net/evil/" }).Create(),
            "expired beyond skew" => (Good() with { NotBefore = DateTime.UtcNow.AddHours(-2), Expires = DateTime.UtcNow.AddMinutes(-6) }).Create(),
            "not yet valid" => (Good() with { NotBefore = DateTime.UtcNow.AddMinutes(10), Expires = DateTime.UtcNow.AddHours(1) }).Create(),
            "unknown key" => new BotTokenFactory(new RsaSecurityKey(RSA.Create(2048)) { KeyId = "teams-key" }) { Audience = "test-app-id" }.Create(),
            "key not endorsed for msteams" => (Good() with { Key = keys.OtherChannelKey }).Create(),
            "serviceurl mismatch" => (Good() with { ServiceUrl = "https://evil.example.test/" }).Create(),
            "no serviceurl claim" => (Good() with { ServiceUrl = null }).Create(),
            _ => Good().Create()[..^4] + "AAAA",
        };

        var result = await Authenticate(token);

        Assert.False(result.IsAuthenticated);
        Assert.Equal(401, result.StatusCode);
    }

    [Fact]
    public async Task Authenticate_ExpiredWithinSkew_Accepted()
    {
        var token = (Good() with { NotBefore = DateTime.UtcNow.AddHours(-1), Expires = DateTime.UtcNow.AddMinutes(-3) }).Create();

        Assert.True((await Authenticate(token)).IsAuthenticated);
    }

    [Fact]
    public async Task Authenticate_ServiceUrlDiffersOnlyInCase_Accepted()
    {
        var token = (Good() with { ServiceUrl = ServiceUrl.ToUpperInvariant() }).Create();

        Assert.True((await Authenticate(token)).IsAuthenticated);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Basic dXNlcjpwYXNz")]
    public async Task Authenticate_NoBearerTokenAndAnonymousOff_Unauthorized(string? header)
    {
        var result = await Create(allowAnonymous: false).AuthenticateAsync(header, Activity(), default);

        Assert.Equal(401, result.StatusCode);
    }

    [Fact]
    public async Task Authenticate_NoHeaderAndAnonymousOn_Anonymous()
    {
        var result = await Create(allowAnonymous: true).AuthenticateAsync(null, Activity(), default);

        Assert.True(result.IsAnonymous);
    }

    [Fact]
    public async Task Authenticate_BadTokenEvenWithAnonymousOn_Unauthorized()
    {
        var token = (Good() with { Audience = "x" }).Create();

        var result = await Create(allowAnonymous: true).AuthenticateAsync("Bearer " + token, Activity(), default);

        Assert.Equal(401, result.StatusCode);
    }

    /// <summary>
    /// botbuilder checks endorsements only for a key that has them (botbuilder-dotnet
    /// libraries/Microsoft.Bot.Connector/Authentication/JwtTokenExtractor.cs, ValidateTokenAsync:
    /// "if (!string.IsNullOrEmpty(keyId) &amp;&amp; endorsements.ContainsKey(keyId))").
    /// </summary>
    [Fact]
    public async Task Authenticate_KeyWithoutEndorsements_AcceptedAsBotbuilderDoes()
    {
        var result = await Authenticate((Good() with { Key = keys.UnendorsedKey }).Create());

        Assert.True(result.IsAuthenticated);
    }

    [Theory]
    [InlineData("not-a-jwt")]
    [InlineData("abc.def")]
    [InlineData("Basic dXNlcjpwYXNz")]
    public async Task Authenticate_BearerValueNotAJwt_UnauthorizedWithoutFetchingKeys(string value)
    {
        keys.Down = true;

        var result = await Authenticate(value);

        Assert.Equal(401, result.StatusCode);
        Assert.Equal(0, keys.MetadataRequests);
    }

    [Fact]
    public async Task Authenticate_MetadataUnavailable_ServiceUnavailableQuickly()
    {
        keys.Down = true;
        var watch = Stopwatch.StartNew();

        var result = await Authenticate(Good().Create());

        Assert.Equal(503, result.StatusCode);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(6), $"took {watch.Elapsed}");
    }

    [Fact]
    public async Task Authenticate_UnreachableMetadataHost_ServiceUnavailable()
    {
        var authenticator = Create(allowAnonymous: false, metadata: "http://127.0.0.1:9/.well-known/openidconfiguration");

        var result = await authenticator.AuthenticateAsync("Bearer " + Good().Create(), Activity(), default);

        Assert.Equal(503, result.StatusCode);
    }

    private BotTokenFactory Good() => new(keys.TeamsKey) { Audience = "test-app-id", ServiceUrl = ServiceUrl };

    private Task<BotAuthenticationResult> Authenticate(string token) =>
        Create(allowAnonymous: false).AuthenticateAsync("Bearer " + token, Activity(), default);

    private static Activity Activity() => new()
    {
        Type = ActivityTypes.Message,
        ChannelId = "msteams",
        ServiceUrl = ServiceUrl,
        Conversation = new ConversationAccount { Id = "a:1" },
    };

    private BotFrameworkAuthenticator Create(bool allowAnonymous, string? metadata = null)
    {
        var http = new ServiceCollection().AddHttpClient().BuildServiceProvider().GetRequiredService<IHttpClientFactory>();
        var options = Options.Create(new BotAuthenticationOptions
        {
            AppId = "test-app-id",
            AllowAnonymous = allowAnonymous,
            OpenIdMetadataUrl = metadata ?? keys.MetadataUri.ToString(),
            RequireHttpsMetadata = false,
            MetadataTimeout = TimeSpan.FromSeconds(3),
        });
        return new BotFrameworkAuthenticator(options, http, TimeProvider.System, NullLogger<BotFrameworkAuthenticator>.Instance);
    }
}
