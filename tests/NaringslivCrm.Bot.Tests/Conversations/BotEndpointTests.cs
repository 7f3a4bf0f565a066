using System.Net;
using System.Text;
using NaringslivCrm.Bot.Tests.Infrastructure;
using NaringslivCrm.Testing.Fakes;

namespace NaringslivCrm.Bot.Tests.Conversations;

[Collection(AzuriteCollection.Name)]
public sealed class BotEndpointTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private readonly FakeConnector connector = new() { AcceptAnonymous = true }; // anonymous bot, as with the Agents Playground
    private CrmAppFactory app = null!;
    private HttpClient client = null!;
    private Activities activities = null!;

    public async Task InitializeAsync()
    {
        await connector.StartAsync();
        app = new CrmAppFactory(azurite);
        client = app.CreateClient();
        activities = new Activities(connector);
    }

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
        await connector.DisposeAsync();
    }

    [Fact]
    public async Task Install_NewPersonalChat_WelcomesOnceAndStoresReference()
    {
        await client.PostActivityAsync(activities.InstallationAdd());
        await client.PostActivityAsync(activities.BotAdded());

        var sent = await connector.WaitForActivitiesAsync(1);
        var welcome = Assert.Single(sent);
        Assert.Contains("Välkommen till Näringslivs-CRM", welcome.AllText, StringComparison.Ordinal);
        Assert.Equal(3, await Inspector().CountAsync("ConversationReferences")); // conversation, user lookup, welcome marker
    }

    [Fact]
    public async Task Install_GroupChat_WelcomesTheWorkingGroupWithTheDigestNotTheOfficerText()
    {
        var add = activities.InstallationAdd();
        await client.PostActivityAsync(add with { Conversation = add.Conversation! with { Id = "19:group@thread.v2", ConversationType = "groupChat" } });

        var welcome = Assert.Single(await connector.WaitForActivitiesAsync(1)).AllText;
        Assert.Contains("Hej arbetsgruppen!", welcome, StringComparison.Ordinal);
        Assert.Contains("aktivera veckobrev här", welcome, StringComparison.Ordinal);
        Assert.DoesNotContain("Välkommen till Näringslivs-CRM", welcome, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Install_BothEventsAtOnce_WelcomesExactlyOnce()
    {
        await Task.WhenAll(client.PostActivityAsync(activities.InstallationAdd()), client.PostActivityAsync(activities.BotAdded()));

        await Task.Delay(300);
        Assert.Single(await connector.WaitForActivitiesAsync(1));
    }

    [Fact]
    public async Task Install_EnglishLocale_WelcomeInEnglish()
    {
        var english = new Activities(connector) { Locale = "en-US" };

        await client.PostActivityAsync(english.InstallationAdd());

        var welcome = Assert.Single(await connector.WaitForActivitiesAsync(1));
        Assert.Contains("Welcome to the business office CRM", welcome.AllText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("hjälp")]
    [InlineData("Help")]
    [InlineData("<at>Näringslivs-CRM</at> hjälp")]
    public async Task Message_Help_RepliesWithCommandCard(string text)
    {
        var response = await client.PostActivityAsync(activities.Message(text));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(await connector.WaitForActivitiesAsync(1));
        Assert.Equal("Kommandon", reply.Card!.Value.GetProperty("body")[0].GetProperty("text").GetString());
        Assert.Contains("mina uppföljningar", reply.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Message_Unknown_RepliesWithHint()
    {
        await client.PostActivityAsync(activities.Message("blaha blaha"));

        var reply = Assert.Single(await connector.WaitForActivitiesAsync(1));
        Assert.Contains("hjälp", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Message_UnknownTenant_PoliteAnswerAndNothingStored()
    {
        var stranger = new Activities(connector, tenantId: "99999999-0000-0000-0000-000000000000");

        await client.PostActivityAsync(stranger.InstallationAdd());
        await client.PostActivityAsync(stranger.Message("hjälp"));

        var replies = await connector.WaitForActivitiesAsync(2);
        Assert.Equal(2, replies.Count);
        Assert.All(replies, r => Assert.Contains("inte registrerad", r.Text, StringComparison.Ordinal));
        Assert.Empty(await Inspector().AllEntitiesAsync());
    }

    [Fact]
    public async Task Message_RedeliveredSameId_AnsweredOnce()
    {
        var message = activities.Message("hjälp");

        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => client.PostActivityAsync(message)));
        await client.PostActivityAsync(message);

        await Task.Delay(300);
        Assert.Single(await connector.WaitForActivitiesAsync(1));
    }

    [Fact]
    public async Task Invoke_UnknownName_NotImplemented()
    {
        var response = await client.PostActivityAsync(activities.Invoke("some/unknownInvoke", new { x = 1 }));

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
        Assert.Empty(connector.Activities);
    }

    public static TheoryData<string, HttpStatusCode> BadBodies => new()
    {
        { "{\"type\":", HttpStatusCode.BadRequest },
        { "[1,2,3]", HttpStatusCode.BadRequest },
        { "null", HttpStatusCode.BadRequest },
        { "{\"type\":\"message\",\"conversation\":{\"id\":\"a:1\"}}", HttpStatusCode.BadRequest },
        { "{\"type\":\"message\",\"serviceUrl\":\"ftp://x/\",\"conversation\":{\"id\":\"a:1\"}}", HttpStatusCode.BadRequest },
        { "{\"type\":\"message\",\"serviceUrl\":\"https://x/\"}", HttpStatusCode.BadRequest },
        { "{\"serviceUrl\":\"https://x/\",\"conversation\":{\"id\":\"a:1\"}}", HttpStatusCode.BadRequest },
        { "{\"type\":\"message\",\"timestamp\":\"not a date\",\"serviceUrl\":\"https://x/\",\"conversation\":{\"id\":\"a:1\"}}", HttpStatusCode.BadRequest },
    };

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task Post_MalformedActivity_BadRequestAndNothingStored(string body, HttpStatusCode expected)
    {
        var response = await client.PostAsync("/api/messages", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(expected, response.StatusCode);
        Assert.Empty(await Inspector().AllEntitiesAsync());
        Assert.DoesNotContain("   at ", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_BodyOverLimit_PayloadTooLarge()
    {
        var huge = activities.Message(new string('x', 300 * 1024));

        var response = await client.PostActivityAsync(huge);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(connector.Activities);
    }

    private TableInspector Inspector() => new(azurite, app.TablePrefix);
}
