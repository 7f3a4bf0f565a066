using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using NaringslivCrm.Teams.Connector;
using NaringslivCrm.Teams.Schema;
using NaringslivCrm.Testing.Fakes;

namespace NaringslivCrm.Teams.Tests.Connector;

public sealed class ConnectorClientTests : IAsyncLifetime
{
    private readonly FakeConnector connector = new();

    public async Task InitializeAsync()
    {
        await connector.StartAsync();
        connector.KnowConversation("a:1");
        connector.KnowConversation("a:conv/1");
    }

    public async Task DisposeAsync() => await connector.DisposeAsync();

    [Fact]
    public async Task Reply_HappyPath_PostsToActivityWithBearerToken()
    {
        var result = await Client().ReplyToActivityAsync(connector.ServiceUrl, "a:conv/1", "act-1", Message("Hej"), default);

        var request = Assert.Single(connector.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/v3/conversations/a:conv%2F1/activities/act-1", request.Path);
        Assert.Equal("Bearer connector-token-1", request.Authorization);
        Assert.Equal("Hej", request.Text);
        Assert.StartsWith("activity-", result.Id, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Send_TwoCalls_TokenFetchedOnce()
    {
        var client = Client();

        await client.SendToConversationAsync(connector.ServiceUrl, "a:1", Message("1"), default);
        await client.SendToConversationAsync(connector.ServiceUrl, "a:1", Message("2"), default);

        Assert.Equal(1, connector.TokenRequests);
    }

    [Fact]
    public async Task Send_ThrottledWithRetryAfter_RetriesAndDelivers()
    {
        connector.FailNext(429, retryAfter: "1");
        connector.FailNext(503);

        await Client().SendToConversationAsync(connector.ServiceUrl, "a:1", Message("x"), default);

        Assert.Equal(3, connector.Activities.Count);
    }

    [Fact]
    public async Task Send_RetryAfterHonoured_WaitsAtLeastThatLong()
    {
        connector.FailNext(429, retryAfter: "1");
        var watch = System.Diagnostics.Stopwatch.StartNew();

        await Client().SendToConversationAsync(connector.ServiceUrl, "a:1", Message("x"), default);

        Assert.True(watch.Elapsed >= TimeSpan.FromMilliseconds(950), $"waited {watch.Elapsed}");
    }

    [Fact]
    public async Task Send_PersistentFailure_GivesUpAfterMaxAttempts()
    {
        for (var i = 0; i < 10; i++)
        {
            connector.FailNext(502);
        }

        var error = await Assert.ThrowsAsync<ConnectorException>(() =>
            Client(maxAttempts: 3).SendToConversationAsync(connector.ServiceUrl, "a:1", Message("x"), default));

        Assert.Equal(502, error.StatusCode);
        Assert.Equal(3, connector.Activities.Count);
    }

    [Fact]
    public async Task Send_UserBlockedBot_MessageWritesBlockedNotRetried()
    {
        connector.FailNext(403, body: """{"error":{"code":"Forbidden","message":"blocked","subCode":"MessageWritesBlocked"}}""");

        var error = await Assert.ThrowsAsync<ConnectorException>(() =>
            Client().SendToConversationAsync(connector.ServiceUrl, "a:1", Message("x"), default));

        Assert.True(error.IsMessageWritesBlocked);
        Assert.Single(connector.Activities);
    }

    [Fact]
    public async Task UpdateAndDelete_UseActivityRoute()
    {
        var client = Client();
        var sent = await client.SendToConversationAsync(connector.ServiceUrl, "a:1", Message("gammal"), default);

        await client.UpdateActivityAsync(connector.ServiceUrl, "a:1", sent.Id!, Message("ny"), default);
        await client.DeleteActivityAsync(connector.ServiceUrl, "a:1", sent.Id!, default);

        var requests = connector.Requests.ToArray();
        Assert.Equal(("PUT", $"/v3/conversations/a:1/activities/{sent.Id}", 200), (requests[1].Method, requests[1].Path, requests[1].Status));
        Assert.Equal(sent.Id, requests[1].Body!.Value.GetProperty("id").GetString());
        Assert.Equal(("DELETE", 200), (requests[2].Method, requests[2].Status));
    }

    [Fact]
    public async Task CreateConversation_Personal_ReturnsNewConversation()
    {
        var parameters = new ConversationParameters
        {
            Bot = new ChannelAccount { Id = "28:app" },
            Members = [new ChannelAccount { Id = "29:user" }],
            TenantId = "tenant",
            ChannelData = new { tenant = new { id = "tenant" } },
        };

        var created = await Client().CreateConversationAsync(connector.ServiceUrl, parameters, default);

        Assert.StartsWith("a:created-", created.Id, StringComparison.Ordinal);
        var body = Assert.Single(connector.Requests).Body!.Value;
        Assert.Equal("29:user", body.GetProperty("members")[0].GetProperty("id").GetString());
        Assert.False(body.GetProperty("isGroup").GetBoolean());
    }

    private static Activity Message(string text) => new() { Type = ActivityTypes.Message, Text = text };

    private ConnectorClient Client(int maxAttempts = 5)
    {
        var retry = Options.Create(new TransientRetryOptions { MaxAttempts = maxAttempts, BaseDelay = TimeSpan.FromMilliseconds(10) });
        var credentials = Options.Create(new BotCredentialsOptions
        {
            MicrosoftAppType = BotCredentialsOptions.SingleTenant,
            MicrosoftAppId = "app",
            MicrosoftAppPassword = "secret",
            MicrosoftAppTenantId = "tenant",
            AuthorityHost = connector.BaseUri.ToString(),
        });
        var tokens = new ClientCredentialsTokenProvider(new HttpClient(), credentials, TimeProvider.System);
        var http = new HttpClient(new TransientRetryHandler(retry, TimeProvider.System) { InnerHandler = new HttpClientHandler() });
        return new ConnectorClient(http, tokens);
    }
}
