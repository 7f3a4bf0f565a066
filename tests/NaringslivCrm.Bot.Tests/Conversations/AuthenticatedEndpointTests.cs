using System.Net;
using NaringslivCrm.Bot.Tests.Infrastructure;
using NaringslivCrm.Testing.Fakes;

namespace NaringslivCrm.Bot.Tests.Conversations;

[Collection(AzuriteCollection.Name)]
public sealed class AuthenticatedEndpointTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private readonly FakeConnector connector = new() { Registration = new("test-app-id", "secret", CrmAppFactory.TenantA) };
    private readonly LocalOpenIdServer keys = new();
    private CrmAppFactory app = null!;
    private HttpClient client = null!;
    private Activities activities = null!;

    public async Task InitializeAsync()
    {
        await connector.StartAsync();
        await keys.StartAsync();
        app = new CrmAppFactory(azurite, s =>
        {
            s["Bot:AllowAnonymous"] = "false";
            s["Bot:OpenIdMetadataUrl"] = keys.MetadataUri.ToString();
            s["Bot:RequireHttpsMetadata"] = "false";
            s["MicrosoftAppType"] = "SingleTenant";
            s["MicrosoftAppId"] = "test-app-id";
            s["MicrosoftAppPassword"] = "secret";
            s["MicrosoftAppTenantId"] = CrmAppFactory.TenantA;
            s["BotCredentials:AuthorityHost"] = connector.BaseUri.ToString();
        });
        client = app.CreateClient();
        activities = new Activities(connector);
    }

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
        await keys.DisposeAsync();
        await connector.DisposeAsync();
    }

    [Fact]
    public async Task Install_NoAuthorizationHeader_UnauthorizedAndNothingStored()
    {
        var response = await client.PostActivityAsync(activities.InstallationAdd());

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(connector.Activities);
        Assert.Empty(await new TableInspector(azurite, app.TablePrefix).AllEntitiesAsync());
    }

    [Fact]
    public async Task Install_TokenForAnotherBot_UnauthorizedAndNothingStored()
    {
        var token = new BotTokenFactory(keys.TeamsKey) { Audience = "other-bot", ServiceUrl = connector.ServiceUrl }.Create();

        var response = await client.PostActivityAsync(activities.InstallationAdd(), token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(await new TableInspector(azurite, app.TablePrefix).AllEntitiesAsync());
    }

    [Fact]
    public async Task Install_ValidToken_WelcomeSentWithClientCredentialsToken()
    {
        var token = new BotTokenFactory(keys.TeamsKey) { Audience = "test-app-id", ServiceUrl = connector.ServiceUrl }.Create();

        var response = await client.PostActivityAsync(activities.InstallationAdd(), token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var welcome = Assert.Single(await connector.WaitForActivitiesAsync(1));
        Assert.Equal("Bearer connector-token-1", welcome.Authorization);
    }

    [Fact]
    public async Task Message_KeySetUnavailable_ServiceUnavailable()
    {
        keys.Down = true;
        var token = new BotTokenFactory(keys.TeamsKey) { Audience = "test-app-id", ServiceUrl = connector.ServiceUrl }.Create();

        var response = await client.PostActivityAsync(activities.Message("hjälp"), token);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Empty(connector.Activities);
    }
}
