using System.Net.Http.Json;
using NaringslivCrm.Bot.Reminders;
using NaringslivCrm.Bot.Tests.Infrastructure;
using NaringslivCrm.Domain.Common;
using NaringslivCrm.Domain.FollowUps;

namespace NaringslivCrm.Bot.Tests.Reminders;

/// <summary>Reassigning a follow-up (bot card or tab) tells the new owner: activity feed + proactive card.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class AssignedReminderTests(AzuriteFixture azurite) : ReminderTestBase(azurite)
{
    [Fact]
    public async Task ReassignFromBotCard_NewOwnerGetsFeedAndCardOnce()
    {
        var f = await FollowUpDueAsync(Today.AddDays(10), "Skicka markanvisning");
        var id = f.Id.ToString("N");
        var press = OwnerChat().Invoke("adaptiveCard/action", new
        {
            action = new { type = "Action.Execute", verb = "reassignFollowUp", data = new Dictionary<string, object?> { ["id"] = id, ["etag"] = Tag(f), ["owner_" + id] = Colleague } },
        });
        (await App.CreateClient().PostActivityAsync(press)).EnsureSuccessStatusCode();

        await Service<ReminderScheduler>().RunOnceAsync(default);
        await Service<ReminderScheduler>().RunOnceAsync(default);

        var call = Assert.Single(Graph.Calls);
        Assert.Equal(Colleague, call.UserId);
        Assert.Equal("followUpAssigned", call.Body.GetProperty("activityType").GetString());
        Assert.Contains("Anna", call.Body.GetProperty("previewText").GetProperty("content").GetString(), StringComparison.Ordinal);
        var card = Assert.Single(Connector.Activities, a => a.Method == "POST" && a.Path.Contains("a:personal-colleague", StringComparison.Ordinal));
        Assert.Contains("Du har fått en uppföljning av Anna", card.AllText, StringComparison.Ordinal);
        Assert.Contains("Skicka markanvisning", card.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BulkReassignFromTab_EachNewOwnerNotifiedFromTheOutbox()
    {
        var first = await FollowUpDueAsync(Today.AddDays(10), "Första");
        var second = await FollowUpDueAsync(Today.AddDays(12), "Andra");
        var chef = await SignedInAsync("oid-chef");

        var response = await chef.PostAsJsonAsync("/api/v1/followups/reassign", new
        {
            items = new[] { new { id = first.Id.ToString("N"), etag = Tag(first) }, new { id = second.Id.ToString("N"), etag = Tag(second) } },
            ownerId = Colleague,
        });
        response.EnsureSuccessStatusCode();
        var queued = await Service<IReminderOutbox>().AllAsync(Kommun.Value, default);
        await Service<ReminderScheduler>().RunOnceAsync(default);

        Assert.Equal(2, queued.Count(e => e.Kind == ReminderKind.Assigned && e.OwnerId == Colleague));
        Assert.Equal(2, Graph.Calls.Count(c => c.UserId == Colleague && c.Body.GetProperty("activityType").GetString() == "followUpAssigned"));
        Assert.Equal(2, Connector.Activities.Count(a => a.Path.Contains("a:personal-colleague", StringComparison.Ordinal)));
        Assert.All(Connector.Activities, a => Assert.Contains("Chef Cecilia", a.AllText, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ReassignQueuedButNeverSaved_NobodyNotified()
    {
        var f = await FollowUpDueAsync(Today.AddDays(10));
        Assert.True(f.Reassign(new UserRef(Colleague, "Bertil"), new UserRef(Owner, "Anna"), Clock.GetUtcNow()).IsSuccess);
        await Service<IFollowUpNotifier>().AssignedAsync(f, new UserRef(Owner, "Anna"));

        for (var i = 0; i < 10; i++)
        {
            await Service<ReminderScheduler>().RunOnceAsync(default);
            Clock.Advance(TimeSpan.FromMinutes(30));
        }

        Assert.Empty(Graph.Calls);
        Assert.Empty(Connector.Activities);
        Assert.True(Assert.Single(await Service<IReminderOutbox>().AllAsync(Kommun.Value, default)).Done);
    }

    [Fact]
    public async Task ReassignedTwiceBeforeDelivery_OnlyTheCurrentOwnerIsTold()
    {
        var f = await FollowUpDueAsync(Today.AddDays(10), "Två gånger");
        var chef = await SignedInAsync("oid-chef");
        var id = f.Id.ToString("N");
        (await chef.PostAsJsonAsync("/api/v1/followups/reassign", new { items = new[] { new { id, etag = Tag(f) } }, ownerId = Colleague })).EnsureSuccessStatusCode();
        (await chef.PostAsJsonAsync("/api/v1/followups/reassign", new { items = new[] { new { id, etag = "\"1\"" } }, ownerId = Owner })).EnsureSuccessStatusCode();

        await Service<ReminderScheduler>().RunOnceAsync(default);

        var call = Assert.Single(Graph.Calls);
        Assert.Equal(Owner, call.UserId);
        Assert.Single(Connector.Activities);
    }
}
