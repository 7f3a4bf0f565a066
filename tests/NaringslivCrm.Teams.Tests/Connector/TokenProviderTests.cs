using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using NaringslivCrm.Teams.Connector;
using NaringslivCrm.Testing.Fakes;

namespace NaringslivCrm.Teams.Tests.Connector;

public sealed class TokenProviderTests : IAsyncLifetime
{
    private readonly FakeConnector entra = new();

    public Task InitializeAsync() => entra.StartAsync();

    public async Task DisposeAsync() => await entra.DisposeAsync();

    [Fact]
    public async Task ClientCredentials_CachedUntilNearExpiry_ThenRefreshed()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var provider = new ClientCredentialsTokenProvider(new HttpClient(), Credentials(), time);

        var first = await provider.GetTokenAsync(default);
        time.Advance(TimeSpan.FromMinutes(50));
        var cached = await provider.GetTokenAsync(default);
        time.Advance(TimeSpan.FromMinutes(6));
        var refreshed = await provider.GetTokenAsync(default);

        Assert.Equal(first, cached);
        Assert.NotEqual(first, refreshed);
        Assert.Equal(2, entra.TokenRequests);
    }

    [Fact]
    public async Task ManagedIdentity_WithIdentityHeader_ReturnsToken()
    {
        var options = Credentials(o =>
        {
            o.MicrosoftAppType = BotCredentialsOptions.UserAssignedMsi;
            o.IdentityEndpoint = new Uri(entra.BaseUri, "msi/token").ToString();
            o.IdentityHeader = "secret-header";
        });

        var token = await new ManagedIdentityTokenProvider(new HttpClient(), options, TimeProvider.System).GetTokenAsync(default);

        Assert.Equal("msi-token-1", token);
    }

    [Fact]
    public async Task ManagedIdentity_EndpointRefuses_ThrowsWithStatus()
    {
        var options = Credentials(o =>
        {
            o.IdentityEndpoint = new Uri(entra.BaseUri, "msi/token").ToString();
            o.IdentityHeader = "wrong";
        });

        var error = await Assert.ThrowsAsync<TokenAcquisitionException>(() =>
            new ManagedIdentityTokenProvider(new HttpClient(), options, TimeProvider.System).GetTokenAsync(default));

        Assert.Equal(401, error.StatusCode);
    }

    private IOptions<BotCredentialsOptions> Credentials(Action<BotCredentialsOptions>? change = null)
    {
        var o = new BotCredentialsOptions
        {
            MicrosoftAppType = BotCredentialsOptions.SingleTenant,
            MicrosoftAppId = "app",
            MicrosoftAppPassword = "secret",
            MicrosoftAppTenantId = "tenant",
            AuthorityHost = entra.BaseUri.ToString(),
        };
        change?.Invoke(o);
        return Options.Create(o);
    }
}
