using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using NaringslivCrm.Bot.Reminders;
using NaringslivCrm.Bot.Tests.Infrastructure;
using NaringslivCrm.Domain.Common;

namespace NaringslivCrm.Bot.Tests.Reminders;

/// <summary>Officers the bot cannot reach (app not installed, bot blocked) are recorded and shown to their manager only.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class DeliveryProblemTests(AzuriteFixture azurite) : ReminderTestBase(azurite)
{
    private static readonly UserRef Newcomer = new("oid-newcomer", "Nora Ny");

    [Fact]
    public async Task NoStoredChat_CreatesThePersonalChatAndSendsTheCard()
    {
        await FollowUpDueAsync(Today, "Ring tillbaka", Newcomer);

        await Service<ReminderScheduler>().RunOnceAsync(default);

        var create = Assert.Single(Connector.Requests, r => r.Path == "/v3/conversations");
        Assert.Equal("oid-newcomer", create.Body!.Value.GetProperty("members")[0].GetProperty("id").GetString());
        Assert.Equal(CrmAppFactory.TenantA, create.Body!.Value.GetProperty("tenantId").GetString());
        Assert.Single(Connector.Activities, a => a.Path.Contains("a:created-", StringComparison.Ordinal));
        Assert.Empty(await Service<IDeliveryProblemLog>().ListAsync(Kommun.Value, default));
    }

    [Fact]
    public async Task NotInstalled_RecordedFeedStillSentManagerSeesIt()
    {
        await FollowUpDueAsync(Today, "Ring tillbaka", Newcomer);
        Connector.FailNext(403, body: """{"error":{"code":"BotNotInConversationRoster","message":"The bot is not part of the conversation roster."}}""");

        await Service<ReminderScheduler>().RunOnceAsync(default);
        var items = await ProblemsAsync("oid-chef");

        Assert.Single(Graph.Calls);
        Assert.DoesNotContain(Connector.Activities, a => a.Method == "POST" && a.Path.Contains("/activities", StringComparison.Ordinal));
        var item = Assert.Single(items);
        Assert.Equal("Nora Ny", item.GetProperty("officerName").GetString());
        Assert.Equal("notInstalled", item.GetProperty("problem").GetString());
    }

    [Fact]
    public async Task BlockedThenReachableAgain_ShownThenCleared()
    {
        await FollowUpDueAsync(Today);
        Connector.FailNext(403, body: """{"error":{"code":"Forbidden","subCode":"MessageWritesBlocked"}}""");
        await Service<ReminderScheduler>().RunOnceAsync(default);
        var blocked = Assert.Single(await ProblemsAsync("oid-chef"));

        await PersonalChatAsync(Owner, "owner-again");
        await FollowUpDueAsync(Today.AddDays(1), "En till");
        await Service<ReminderScheduler>().RunOnceAsync(default);

        Assert.Equal("unreachable", blocked.GetProperty("problem").GetString());
        Assert.Empty(await ProblemsAsync("oid-chef"));
    }

    [Fact]
    public async Task DeliveryProblems_OfficerForbiddenOtherMunicipalityEmpty()
    {
        await FollowUpDueAsync(Today, "Ring tillbaka", Newcomer);
        Connector.FailNext(404);
        await Service<ReminderScheduler>().RunOnceAsync(default);

        var officer = await (await SignedInAsync(Owner)).GetAsync("/api/v1/reminders/delivery-problems");
        var kiruna = await ProblemsAsync("oid-kim");

        Assert.Equal(HttpStatusCode.Forbidden, officer.StatusCode);
        Assert.Equal("application/problem+json", officer.Content.Headers.ContentType?.MediaType);
        Assert.Empty(kiruna);
        Assert.Single(await ProblemsAsync("oid-chef"));
    }

    private async Task<List<JsonElement>> ProblemsAsync(string user)
    {
        var body = await (await SignedInAsync(user)).GetFromJsonAsync<JsonElement>("/api/v1/reminders/delivery-problems");
        return [.. body.GetProperty("items").EnumerateArray()];
    }
}
