using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Options;
using NaringslivCrm.Teams.Connector;
using NaringslivCrm.Teams.Schema;
using NaringslivCrm.Testing.Fakes;

namespace NaringslivCrm.Teams.Tests.Connector;

/// <summary>
/// The fake Bot Connector refuses what the real one refuses (see FakeConnector's summary for the sources), and our
/// client reports each refusal with its status instead of retrying it or taking it for a delivery.
/// </summary>
public sealed class ConnectorRefusalTests : IAsyncLifetime
{
    private readonly FakeConnector connector = new();

    public async Task InitializeAsync()
    {
        await connector.StartAsync();
        connector.KnowConversation("a:1");
    }

    public async Task DisposeAsync() => await connector.DisposeAsync();

    [Fact]
    public async Task Send_UnknownConversation_404NotRetried()
    {
        var error = await Assert.ThrowsAsync<ConnectorException>(() =>
            Client().SendToConversationAsync(connector.ServiceUrl, "a:nobody-knows", Message("x"), default));

        Assert.Equal(404, error.StatusCode);
        Assert.Equal(404, Assert.Single(connector.Requests).Status);
    }

    [Fact]
    public async Task Update_ActivityTheBotNeverSent_404()
    {
        var error = await Assert.ThrowsAsync<ConnectorException>(() =>
            Client().UpdateActivityAsync(connector.ServiceUrl, "a:1", "act-invented", Message("ny"), default));

        Assert.Equal(404, error.StatusCode);
    }

    [Fact]
    public async Task Send_MessageWithoutTextOrAttachments_400()
    {
        var error = await Assert.ThrowsAsync<ConnectorException>(() =>
            Client().SendToConversationAsync(connector.ServiceUrl, "a:1", new Activity { Type = ActivityTypes.Message }, default));

        Assert.Equal(400, error.StatusCode);
    }

    [Fact]
    public async Task Send_Over100KB_413()
    {
        var error = await Assert.ThrowsAsync<ConnectorException>(() =>
            Client().SendToConversationAsync(connector.ServiceUrl, "a:1", Message(new string('x', FakeConnector.MaxActivityBytes)), default));

        Assert.Equal(413, error.StatusCode);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("Bearer forged-token")]
    [InlineData("Basic YXBwOnNlY3JldA==")]
    public async Task Send_WithoutATokenTheEndpointIssued_401(string? authorization)
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(connector.BaseUri, "v3/conversations/a:1/activities"))
        {
            Content = new StringContent("""{"type":"message","text":"x"}""", System.Text.Encoding.UTF8, "application/json"),
        };
        if (authorization is not null)
        {
            request.Headers.Authorization = AuthenticationHeaderValue.Parse(authorization);
        }

        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Send_ExpiredToken_401()
    {
        await using var shortLived = new FakeConnector { TokenLifetime = TimeSpan.FromMilliseconds(1) };
        await shortLived.StartAsync();
        shortLived.KnowConversation("a:1");
        var token = await new ClientCredentialsTokenProvider(new HttpClient(), Credentials(shortLived.BaseUri), TimeProvider.System).GetTokenAsync(default);
        await Task.Delay(50);
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(shortLived.BaseUri, "v3/conversations/a:1/activities"))
        {
            Content = new StringContent("""{"type":"message","text":"x"}""", System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);

        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Send_WithAGraphToken_401()
    {
        var graphToken = await new ClientCredentialsTokenProvider(new HttpClient(),
            Credentials(connector.BaseUri, o => o.Scope = "https://graph.microsoft.com/.default"), TimeProvider.System).GetTokenAsync(default);
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(connector.BaseUri, "v3/conversations/a:1/activities"))
        {
            Content = new StringContent("""{"type":"message","text":"x"}""", System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", graphToken);

        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("GET", "v3/conversations/a:1/activities")]
    [InlineData("PATCH", "v3/conversations/a:1/activities/activity-1")]
    [InlineData("GET", "v3/conversations")]
    public async Task WrongMethodForTheRoute_405(string method, string path)
    {
        var token = await new ClientCredentialsTokenProvider(new HttpClient(), Credentials(connector.BaseUri), TimeProvider.System).GetTokenAsync(default);
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(connector.BaseUri, path));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);

        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task CreateConversation_WithoutTenant_400()
    {
        var parameters = new ConversationParameters { Bot = new ChannelAccount { Id = "28:app" }, Members = [new ChannelAccount { Id = "29:user" }] };

        var error = await Assert.ThrowsAsync<ConnectorException>(() => Client().CreateConversationAsync(connector.ServiceUrl, parameters, default));

        Assert.Equal(400, error.StatusCode);
    }

    [Theory]
    [InlineData("tenant", "app", "wrong-secret", "https://api.botframework.com/.default", 401, "AADSTS7000215")]
    [InlineData("tenant", "other-app", "secret", "https://api.botframework.com/.default", 400, "AADSTS700016")]
    [InlineData("other-tenant", "app", "secret", "https://api.botframework.com/.default", 400, "AADSTS90002")]
    [InlineData("tenant", "app", "secret", "https://management.azure.com/.default", 400, "AADSTS70011")]
    public async Task TokenEndpoint_WrongTenantClientSecretOrScope_RefusedLikeEntra(string tenant, string appId, string secret, string scope, int status, string code)
    {
        var credentials = Credentials(connector.BaseUri, o => (o.MicrosoftAppTenantId, o.MicrosoftAppId, o.MicrosoftAppPassword, o.Scope) = (tenant, appId, secret, scope));

        var error = await Assert.ThrowsAsync<TokenAcquisitionException>(() =>
            new ClientCredentialsTokenProvider(new HttpClient(), credentials, TimeProvider.System).GetTokenAsync(default));

        Assert.Equal(status, error.StatusCode);
        Assert.StartsWith(code, Assert.Single(connector.RefusedTokenRequests), StringComparison.Ordinal);
        Assert.Equal(0, connector.TokenRequests);
    }

    [Fact]
    public async Task ManagedIdentity_ResourceOtherThanTheConnector_Refused()
    {
        var credentials = Credentials(connector.BaseUri, o =>
        {
            o.MicrosoftAppType = BotCredentialsOptions.UserAssignedMsi;
            o.IdentityEndpoint = new Uri(connector.BaseUri, "msi/token").ToString();
            o.IdentityHeader = "secret-header";
            o.Scope = "https://graph.microsoft.com/.default";
        });

        var error = await Assert.ThrowsAsync<TokenAcquisitionException>(() =>
            new ManagedIdentityTokenProvider(new HttpClient(), credentials, TimeProvider.System).GetTokenAsync(default));

        Assert.Equal(400, error.StatusCode);
    }

    private static Activity Message(string text) => new() { Type = ActivityTypes.Message, Text = text };

    private ConnectorClient Client()
    {
        var retry = Options.Create(new TransientRetryOptions { MaxAttempts = 3, BaseDelay = TimeSpan.FromMilliseconds(10) });
        var tokens = new ClientCredentialsTokenProvider(new HttpClient(), Credentials(connector.BaseUri), TimeProvider.System);
        var http = new HttpClient(new TransientRetryHandler(retry, TimeProvider.System) { InnerHandler = new HttpClientHandler() });
        return new ConnectorClient(http, tokens);
    }

    private static IOptions<BotCredentialsOptions> Credentials(Uri authority, Action<BotCredentialsOptions>? change = null)
    {
        var o = new BotCredentialsOptions
        {
            MicrosoftAppType = BotCredentialsOptions.SingleTenant,
            MicrosoftAppId = BotRegistration.Default.AppId,
            MicrosoftAppPassword = BotRegistration.Default.Secret,
            MicrosoftAppTenantId = BotRegistration.Default.TenantId,
            AuthorityHost = authority.ToString(),
        };
        change?.Invoke(o);
        return Options.Create(o);
    }
}
