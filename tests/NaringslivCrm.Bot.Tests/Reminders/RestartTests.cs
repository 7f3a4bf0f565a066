using Microsoft.Extensions.DependencyInjection;
using NaringslivCrm.Bot.Reminders;
using NaringslivCrm.Bot.Tests.Infrastructure;

namespace NaringslivCrm.Bot.Tests.Reminders;

/// <summary>
/// The scheduler runs as the host's background service at the real throttle (5 Graph requests/s); the host is stopped
/// in the middle of a batch and a new host on the same tables takes over: every reminder reaches its owner exactly once.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class RestartTests(AzuriteFixture azurite) : ReminderTestBase(azurite)
{
    private const int Count = 20;

    protected override void Configure(Dictionary<string, string?> settings)
    {
        settings["Reminders:Enabled"] = "true";
        settings["Reminders:GraphRequestsPerSecond"] = "5";
    }

    [Fact]
    public async Task StopMidBatchThenStartAgain_EachReminderDeliveredExactlyOnce()
    {
        for (var i = 0; i < Count; i++)
        {
            await FollowUpDueAsync(Today, $"Uppföljning {i}");
        }

        Clock.Advance(TimeSpan.FromMinutes(1));
        await Connector.WaitForActivitiesAsync(5, TimeSpan.FromSeconds(30));
        var prefix = App.TablePrefix;
        await App.DisposeAsync();
        var deliveredBeforeStop = Connector.Activities.Count;

        await using var second = NewApp(prefix);
        var outbox = second.Services.GetRequiredService<IReminderOutbox>();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline && (await outbox.AllAsync(Kommun.Value, default)) is var all && (all.Count < Count || all.Any(e => !e.Done)))
        {
            await Task.Delay(100);
        }

        Assert.InRange(deliveredBeforeStop, 1, Count - 1);
        var cards = Connector.Activities.Select(a => a.AllText).ToList();
        Assert.Equal(Count, cards.Count);
        Assert.All(Enumerable.Range(0, Count), i => Assert.Single(cards, c => c.Contains($"Uppföljning {i}\"", StringComparison.Ordinal)));
        Assert.Equal(Count, Graph.Calls.Count);
        Assert.Equal(Count, Graph.Calls.Select(c => c.Body.GetProperty("chainId").GetInt64()).Distinct().Count());
        var entries = await outbox.AllAsync(Kommun.Value, default);
        Assert.Equal(Count, entries.Count);
        Assert.All(entries, e => Assert.Null(e.Problem));
    }
}
