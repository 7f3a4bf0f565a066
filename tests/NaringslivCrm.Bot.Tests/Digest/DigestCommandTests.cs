using Microsoft.Extensions.DependencyInjection;
using NaringslivCrm.Bot.Digest;
using NaringslivCrm.Bot.Tests.Infrastructure;
using NaringslivCrm.Teams.Schema;
using NaringslivCrm.Testing.Fakes;
using NaringslivCrm.Bot.Storage.Digest;

namespace NaringslivCrm.Bot.Tests.Digest;

/// <summary>"aktivera veckobrev här" and "förhandsgranska veckobrev" through the real bot endpoint.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class DigestCommandTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private readonly FakeConnector connector = new() { AcceptAnonymous = true }; // anonymous bot, as with the Agents Playground
    private CrmAppFactory app = null!;
    private HttpClient client = null!;
    private Activities member = null!;
    private Activities officer = null!;

    public async Task InitializeAsync()
    {
        await connector.StartAsync();
        member = new Activities(connector) { ConversationId = "19:arbetsutskottet@thread.v2" };
        officer = new Activities(connector) { ConversationId = "19:arbetsutskottet@thread.v2" };
        app = new CrmAppFactory(azurite, s => s["Digest:Activators:0"] = member.UserAadObjectId);
        client = app.CreateClient();
    }

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
        await connector.DisposeAsync();
    }

    [Fact]
    public async Task Activate_ByAWorkingGroupMemberInAGroupChat_ConversationBecomesATarget()
    {
        await client.PostActivityAsync(InGroupChat(member.Message("aktivera veckobrev här")));

        var reply = Assert.Single(await connector.WaitForActivitiesAsync(1));
        Assert.Contains("Klart: nätverkets veckobrev kommer till den här konversationen varje måndag kl. 07.00", Raw(reply), StringComparison.Ordinal);
        var target = Assert.Single(await app.Services.GetRequiredService<DigestStore>().TargetsAsync(CancellationToken.None));
        Assert.Equal("19:arbetsutskottet@thread.v2", target.ConversationId);
    }

    [Fact]
    public async Task Activate_BySomeoneElse_RefusedAndNothingStored()
    {
        await client.PostActivityAsync(InGroupChat(officer.Message("aktivera veckobrev här")));

        var reply = Assert.Single(await connector.WaitForActivitiesAsync(1));
        Assert.Contains("Bara medlemmar i nätverkets arbetsutskott", Raw(reply), StringComparison.Ordinal);
        Assert.Empty(await app.Services.GetRequiredService<DigestStore>().TargetsAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Preview_InPersonalChat_DigestCardOnlyThere_InGroupChatAHint()
    {
        var personal = new Activities(connector);
        await client.PostActivityAsync(personal.Message("förhandsgranska veckobrev"));
        await client.PostActivityAsync(InGroupChat(officer.Message("förhandsgranska veckobrev")));

        var replies = await connector.WaitForActivitiesAsync(2);
        var card = Assert.Single(replies, r => r.Card is not null);
        Assert.Contains(personal.ConversationId, Uri.UnescapeDataString(card.Path), StringComparison.Ordinal);
        Assert.Contains("Förhandsgranskning", Raw(card), StringComparison.Ordinal);
        var hint = Assert.Single(replies, r => r.Card is null);
        Assert.Contains("bara för dig", Raw(hint), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Preview_AppIdSetButNoTabLink_VisaMerOpensTheCompaniesTab()
    {
        await using var configured = new CrmAppFactory(azurite, s => s["Reminders:TeamsAppId"] = "8f1c2a34-0000-4000-8000-00000000abcd");
        var personal = new Activities(connector);

        await configured.CreateClient().PostActivityAsync(personal.Message("förhandsgranska veckobrev"));

        var card = Raw(Assert.Single(await connector.WaitForActivitiesAsync(1)));
        Assert.Contains("\"title\":\"Visa mer\"", card, StringComparison.Ordinal);
        Assert.Contains("https://teams.microsoft.com/l/entity/8f1c2a34-0000-4000-8000-00000000abcd/foretag", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Preview_NeitherTabLinkNorAppId_NoVisaMer()
    {
        await client.PostActivityAsync(new Activities(connector).Message("förhandsgranska veckobrev"));

        Assert.DoesNotContain("Visa mer", Raw(Assert.Single(await connector.WaitForActivitiesAsync(1))), StringComparison.Ordinal);
    }

    private static string Raw(RecordedRequest r) => System.Text.RegularExpressions.Regex.Unescape(r.Body?.GetRawText() ?? string.Empty);

    private static Activity InGroupChat(Activity a) => a with { Conversation = a.Conversation! with { ConversationType = "groupChat" } };
}
