using System.Text.RegularExpressions;
using NaringslivCrm.Bot.Reminders;
using NaringslivCrm.Bot.Tests.Infrastructure;

namespace NaringslivCrm.Bot.Tests.Reminders;

/// <summary>
/// Graph and the Bot Connector answer storms of 429 (with Retry-After) and 503 while 20 reminders go out: after the
/// scheduler's rounds every reminder reached its owner once in the feed and once in chat — nothing lost, nothing twice.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class ReminderStormTests(AzuriteFixture azurite) : ReminderTestBase(azurite)
{
    private const int Reminders = 20;

    [Fact]
    public async Task Dispatch_429And503Storms_EveryReminderDeliveredExactlyOnce()
    {
        for (var i = 0; i < Reminders; i++)
        {
            await FollowUpDueAsync(Today, $"Återkoppla om ärende {i}");
        }

        var failures = 0;
        foreach (var status in new[] { 429, 503, 503, 429, 503, 502, 503, 429, 503, 503, 504, 503 })
        {
            Graph.FailNext(status, status == 429 ? "1" : null);
            Connector.FailNext(status, status == 429 ? "1" : null);
            failures++;
        }

        for (var round = 0; round < 12 && !await AllDeliveredAsync(); round++)
        {
            await Service<ReminderScheduler>().RunOnceAsync(default);
            Clock.Advance(TimeSpan.FromMinutes(5));
        }

        Assert.True(await AllDeliveredAsync(), "every reminder delivered within the rounds");
        Assert.Equal(Reminders + failures, Graph.Calls.Count);
        Assert.Equal(Reminders + failures, Connector.Activities.Count);

        // Exactly once per reminder, counted among the successful deliveries only (a lost one and a duplicate must
        // not cancel out). The fake Graph fails the first calls it receives (its FailNext queue); the fake Connector
        // records each answer's status.
        var feedPerReminder = Graph.Calls.Skip(failures).GroupBy(c => c.Body.GetProperty("chainId").GetInt64()).Select(g => g.Count()).ToList();
        Assert.Equal(Enumerable.Repeat(1, Reminders), feedPerReminder);
        var delivered = Connector.Delivered;
        Assert.Equal(Reminders, delivered.Count);
        for (var i = 0; i < Reminders; i++)
        {
            Assert.Single(delivered, a => Regex.IsMatch(a.AllText, $@"Återkoppla om ärende {i}\b"));
        }
    }

    private async Task<bool> AllDeliveredAsync()
    {
        var entries = await Service<IReminderOutbox>().AllAsync(Kommun.Value, default);
        return entries.Count == Reminders && entries.All(e => e.Done && e.FeedSentAt is not null && e.CardSentAt is not null);
    }
}
