using NaringslivCrm.Bot.Reminders;
using NaringslivCrm.Bot.Tests.Infrastructure;

namespace NaringslivCrm.Bot.Tests.Reminders;

[Collection(AzuriteCollection.Name)]
public sealed class ReminderTests(AzuriteFixture azurite) : ReminderTestBase(azurite)
{
    [Theory]
    [InlineData("2026-11-24T09:00:00Z", true)]   // Tuesday 10:00 in Stockholm
    [InlineData("2026-11-24T06:30:00Z", false)]  // 07:30, before office hours
    [InlineData("2026-11-24T16:30:00Z", false)]  // 17:30, after
    [InlineData("2026-11-28T10:00:00Z", false)]  // Saturday
    [InlineData("2026-12-24T10:00:00Z", false)]  // julafton
    [InlineData("2026-06-19T09:00:00Z", false)]  // midsommarafton
    [InlineData("2027-03-29T09:00:00Z", false)]  // annandag påsk
    [InlineData("2026-05-14T09:00:00Z", false)]  // Kristi himmelsfärdsdag
    [InlineData("2026-06-08T09:00:00Z", true)]   // an ordinary Monday in summer time
    public void IsOfficeHours_CalendarVectors(string instant, bool expected)
    {
        Assert.Equal(expected, Service<ReminderScheduler>().IsOfficeHours(DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public async Task Run_DueTomorrowTodayOverdue_EachNotifiedOnceNotTheOneDueLater()
    {
        await FollowUpDueAsync(Today.AddDays(1), "i morgon");
        await FollowUpDueAsync(Today, "i dag");
        await FollowUpDueAsync(Today.AddDays(-3), "försenad");
        await FollowUpDueAsync(Today.AddDays(7), "senare");

        await Service<ReminderScheduler>().RunOnceAsync(default);
        await Service<ReminderScheduler>().RunOnceAsync(default);

        Assert.Equal(3, Graph.Calls.Count);
        Assert.Equal(3, Connector.Activities.Count);
        var types = Graph.Calls.Select(c => c.Body.GetProperty("activityType").GetString()).Order().ToList();
        Assert.Equal(["followUpDue", "followUpDue", "followUpOverdue"], types);
        Assert.DoesNotContain(Graph.Calls, c => c.Body.GetProperty("topic").GetProperty("value").GetString() == "senare");
    }

    [Fact]
    public async Task Dispatch_GraphBodyAndToken_AsTeamsExpects()
    {
        await FollowUpDueAsync(Today, "Återkoppla om bygglov");

        await Service<ReminderScheduler>().RunOnceAsync(default);

        var call = Assert.Single(Graph.Calls);
        Assert.Equal(ReminderTestBase.Owner, call.UserId);
        // The fake Graph accepted it: signed by Entra, for Graph, app id = the manifest's webApplicationInfo.id.
        var token = new Microsoft.IdentityModel.JsonWebTokens.JsonWebToken(call.Authorization["Bearer ".Length..]);
        Assert.Equal(WebApplicationId, token.GetClaim("appid").Value);
        Assert.Equal("text", call.Body.GetProperty("topic").GetProperty("source").GetString());
        Assert.StartsWith("https://teams.microsoft.com/l/entity/teams-app/minaUppfoljningar?context=", call.Body.GetProperty("topic").GetProperty("webUrl").GetString(), StringComparison.Ordinal);
        Assert.Contains("Hammarverken", call.Body.GetProperty("previewText").GetProperty("content").GetString(), StringComparison.Ordinal);
        Assert.Contains(call.Body.GetProperty("templateParameters").EnumerateArray(), p => p.GetProperty("name").GetString() == "companyName");
        Assert.Contains("Förfaller i dag", Assert.Single(Connector.Activities).AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dispatch_GraphThrottledThenUnavailable_DeliveredOnceAfterRetries()
    {
        await FollowUpDueAsync(Today);
        Graph.FailNext(429, retryAfter: "1");
        Graph.FailNext(503);

        await Service<ReminderScheduler>().RunOnceAsync(default);

        Assert.Equal(3, Graph.Calls.Count);
        Assert.Single(Graph.Calls.Select(c => c.Body.GetProperty("chainId").GetInt64()).Distinct());
        Assert.Single(Connector.Activities);
    }

    [Fact]
    public async Task Dispatch_UserBlockedBot_MarkedUnreachableFeedStillSent()
    {
        await FollowUpDueAsync(Today);
        Connector.FailNext(403, body: """{"error":{"code":"Forbidden","subCode":"MessageWritesBlocked"}}""");

        await Service<ReminderScheduler>().RunOnceAsync(default);

        Assert.Single(Graph.Calls);
        var entry = Assert.Single(await Service<IReminderOutbox>().AllAsync(Kommun.Value, default));
        Assert.True(entry.Done);
        Assert.Contains("Unreachable", entry.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Restart_CardClaimedBeforeCrash_NotSentAgain()
    {
        var f = await FollowUpDueAsync(Today);
        var outbox = Service<IReminderOutbox>();
        await Service<ReminderPlanner>().PlanAsync(Kommun, Today, Clock.GetUtcNow(), default);
        var queued = Assert.Single(await outbox.AllAsync(Kommun.Value, default));
        await outbox.SaveAsync(queued with { FeedSentAt = Clock.GetUtcNow(), CardClaimedAt = Clock.GetUtcNow() }, default);

        await Service<ReminderScheduler>().RunOnceAsync(default);

        Assert.Empty(Graph.Calls);
        Assert.Empty(Connector.Activities);
        Assert.True(Assert.Single(await outbox.AllAsync(Kommun.Value, default)).Done);
        Assert.Equal(f.Id, queued.FollowUpId);
    }

    /// <summary>
    /// The race CI found with two hosts: one host claims the feed and is sending, the other reads the entry before the
    /// "sent" write lands. The claim is a lease, so the second host leaves the entry alone; if the first host died, the
    /// entry is sent once the lease has run out (same chainId, so Teams shows one notification).
    /// </summary>
    [Fact]
    public async Task FeedClaimedByAnotherHost_LeftAloneUntilTheLeaseRunsOut()
    {
        await FollowUpDueAsync(Today);
        var outbox = Service<IReminderOutbox>();
        await Service<ReminderPlanner>().PlanAsync(Kommun, Today, Clock.GetUtcNow(), default);
        var queued = Assert.Single(await outbox.AllAsync(Kommun.Value, default));
        await outbox.SaveAsync(queued with { FeedClaimedAt = Clock.GetUtcNow() }, default);

        await Service<ReminderDispatcher>().DispatchAsync(Kommun, default);

        Assert.Empty(Graph.Calls);
        Assert.False(Assert.Single(await outbox.AllAsync(Kommun.Value, default)).Done);

        Clock.Advance(OutboxEntry.ClaimLease + TimeSpan.FromSeconds(1));
        await Service<ReminderDispatcher>().DispatchAsync(Kommun, default);

        Assert.Single(Graph.Calls);
        Assert.Single(Connector.Activities, a => a.Method == "POST");
        Assert.True(Assert.Single(await outbox.AllAsync(Kommun.Value, default)).Done);
    }

    [Fact]
    public async Task Run_OutsideOfficeHours_NothingSent()
    {
        await FollowUpDueAsync(Today);
        Clock.SetUtcNow(new DateTimeOffset(2026, 11, 28, 10, 0, 0, TimeSpan.Zero));

        await Service<ReminderScheduler>().RunOnceAsync(default);

        Assert.Empty(Graph.Calls);
        Assert.Empty(await Service<IReminderOutbox>().AllAsync(Kommun.Value, default));
    }
}
