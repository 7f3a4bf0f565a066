using Microsoft.Extensions.DependencyInjection;
using NaringslivCrm.Bot.Reminders;
using NaringslivCrm.Bot.Tests.Infrastructure;

namespace NaringslivCrm.Bot.Tests.Reminders;

/// <summary>
/// Two hosts on the same tables (App Service scale-out) run the reminder round at the same moment, three times over:
/// every reminder reaches its owner once in the activity feed and once in chat.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class ScaleOutTests(AzuriteFixture azurite) : ReminderTestBase(azurite)
{
    private const int Count = 20;

    [Fact]
    public async Task TwoHostsSideBySide_EachReminderOnceInFeedAndChat()
    {
        for (var i = 0; i < Count; i++)
        {
            await FollowUpDueAsync(Today, $"Uppföljning {i}");
        }

        await using var second = NewApp(App.TablePrefix);
        var hosts = new[] { App.Services.GetRequiredService<ReminderScheduler>(), second.Services.GetRequiredService<ReminderScheduler>() };

        for (var round = 0; round < 3; round++)
        {
            await Task.WhenAll(hosts.Select(h => Task.Run(() => h.RunOnceAsync(default))));
        }

        var cards = Connector.Activities.Where(a => a.Method == "POST").Select(a => a.AllText).ToList();
        Assert.All(Enumerable.Range(0, Count), i => Assert.Single(cards, c => c.Contains($"Uppföljning {i}\"", StringComparison.Ordinal)));
        Assert.Equal(Count, Graph.Calls.Count);
        Assert.Equal(Count, Graph.Calls.Select(c => c.Body.GetProperty("chainId").GetInt64()).Distinct().Count());
    }
}
