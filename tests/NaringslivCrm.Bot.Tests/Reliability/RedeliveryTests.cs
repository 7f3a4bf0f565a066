using System.Text.Json;
using NaringslivCrm.Bot.Tests.Chat;
using NaringslivCrm.Bot.Tests.Infrastructure;

namespace NaringslivCrm.Bot.Tests.Reliability;

/// <summary>The Bot Connector redelivers and people double-press: 2–5 deliveries, also at the same time, make one record.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class RedeliveryTests(AzuriteFixture azurite) : ChatTestBase(azurite)
{
    [Theory]
    [InlineData(2)]
    [InlineData(5)]
    public async Task SaveContact_SameActivityDeliveredConcurrently_OneContactOneSetOfFollowUps(int deliveries)
    {
        var draft = Guid.NewGuid();
        var invoke = Activities.Invoke("adaptiveCard/action", new { action = new { type = "Action.Execute", verb = "saveContact", data = Form(draft) } });

        var responses = await Task.WhenAll(Enumerable.Range(0, deliveries).Select(_ => Client.PostActivityAsync(invoke)));

        Assert.All(responses, r => Assert.True((int)r.StatusCode < 500, r.StatusCode.ToString()));
        await AssertOneContactAsync(draft);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(5)]
    public async Task SaveContact_PressedSeveralTimesAtOnce_OneContactEveryPressAnswered(int presses)
    {
        var draft = Guid.NewGuid();

        var answers = await Task.WhenAll(Enumerable.Range(0, presses).Select(_ => PressAsync("saveContact", Form(draft))));

        Assert.All(answers, a => Assert.Equal(200, a.GetProperty("statusCode").GetInt32()));
        Assert.All(answers, a => Assert.Contains("Hammarverken", CardText(a), StringComparison.Ordinal)); // each press gets the saved contact's card
        await AssertOneContactAsync(draft);
    }

    private async Task AssertOneContactAsync(Guid draft)
    {
        var crm = (await Inspector().AllEntitiesAsync()).Where(e => e.Table == "Crm").Select(e => e.Entity).ToList();
        Assert.Single(crm, e => e.RowKey == $"I|{draft:N}");
        Assert.Single(crm, e => e.RowKey.StartsWith("IC|", StringComparison.Ordinal));
        Assert.Single(crm, e => e.RowKey.StartsWith("F|", StringComparison.Ordinal));
        var stats = Assert.Single(crm, e => e.RowKey.StartsWith("S|", StringComparison.Ordinal));
        Assert.Equal(1, stats.GetInt32("OpenFollowUps"));
        Assert.Equal(1, Assert.Single(crm, e => e.RowKey.StartsWith("RW|", StringComparison.Ordinal)).GetInt32("Contacts"));
    }
}
