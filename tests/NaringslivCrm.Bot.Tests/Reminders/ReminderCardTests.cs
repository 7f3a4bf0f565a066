using System.Net.Http.Json;
using System.Text.Json;
using NaringslivCrm.Bot.Reminders;
using NaringslivCrm.Bot.Tests.Infrastructure;
using NaringslivCrm.Domain.FollowUps;

namespace NaringslivCrm.Bot.Tests.Reminders;

/// <summary>The proactive follow-up card: refresh for owner and assigner, buttons answer with the updated card in place.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class ReminderCardTests(AzuriteFixture azurite) : ReminderTestBase(azurite)
{
    [Fact]
    public async Task ProactiveCard_RefreshesForOwnerAndWhoAssignedIt()
    {
        var f = await FollowUpDueAsync(Today.AddDays(10), "Boka möte om el");
        var id = f.Id.ToString("N");
        await PressAsync(OwnerChat(), "reassignFollowUp", new() { ["id"] = id, ["etag"] = Tag(f), ["owner_" + id] = Colleague });

        await Service<ReminderScheduler>().RunOnceAsync(default);

        var card = Assert.Single(Connector.Activities, a => a.Method == "POST").Card!.Value;
        var refresh = card.GetProperty("refresh");
        Assert.Equal("followUpCard", refresh.GetProperty("action").GetProperty("verb").GetString());
        Assert.Equal(["29:colleague", "29:owner"], refresh.GetProperty("userIds").EnumerateArray().Select(u => u.GetString()).Order());
        Assert.Contains("Anna Berg: tilldelade Bertil", Text(card), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PressDoneWithNote_AnswersUpdatedCardAndUpdatesTheChatMessage()
    {
        var (id, etag, messageId) = await DeliveredCardAsync();

        var answer = await PressAsync(OwnerChat(), "closeFollowUp", new() { ["id"] = id, ["etag"] = etag, ["view"] = "card", ["note_" + id] = "Gav besked om bygglovet." }, messageId);

        Assert.Equal(200, answer.GetProperty("statusCode").GetInt32());
        Assert.Equal("application/vnd.microsoft.card.adaptive", answer.GetProperty("type").GetString());
        var card = answer.GetProperty("value");
        Assert.Contains(NaringslivCrm.Bot.Contacts.CardText.KeepTogether("2026-11-24 10:00 Anna Berg: klar – Gav besked om bygglovet."), Text(card), StringComparison.Ordinal);
        Assert.False(card.TryGetProperty("actions", out _));
        var update = Assert.Single(Connector.Requests, r => r.Method == "PUT");
        Assert.EndsWith("/v3/conversations/a:personal-owner/activities/" + messageId, Uri.UnescapeDataString(update.Path), StringComparison.Ordinal);
        Assert.Contains("Gav besked om bygglovet.", update.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PressDoneWithoutNote_RefusedCardStillOpenNothingUpdated()
    {
        var (id, etag, messageId) = await DeliveredCardAsync();

        var card = (await PressAsync(OwnerChat(), "closeFollowUp", new() { ["id"] = id, ["etag"] = etag, ["view"] = "card" }, messageId)).GetProperty("value");

        Assert.Contains("⚠", Text(card), StringComparison.Ordinal);
        Assert.True(card.TryGetProperty("actions", out _));
        Assert.DoesNotContain(Connector.Requests, r => r.Method == "PUT");
        var stored = await Service<IFollowUpRepository>().GetAsync(Kommun, Guid.Parse(id));
        Assert.Equal((FollowUpStatus.Open, null), (stored!.Status, stored.ClosingNote));
    }

    [Fact]
    public async Task PressPostpone3_CardShowsNewWorkingDayAndWhoDidIt()
    {
        var (id, etag, messageId) = await DeliveredCardAsync();

        var card = (await PressAsync(OwnerChat(), "postponeFollowUp", new() { ["id"] = id, ["etag"] = etag, ["view"] = "card", ["days"] = 3 }, messageId)).GetProperty("value");

        Assert.Contains(NaringslivCrm.Bot.Contacts.CardText.KeepTogether("Anna Berg: sköt upp till 2026-11-27"), Text(card), StringComparison.Ordinal);
        Assert.Single(Connector.Requests, r => r.Method == "PUT");
    }

    [Fact]
    public async Task PressReassign_PicksColleagueCardShowsItAndColleagueIsTold()
    {
        var (id, _, messageId) = await DeliveredCardAsync();
        var form = (await PressAsync(OwnerChat(), "reassignFollowUpForm", new() { ["id"] = id, ["view"] = "card" }, messageId)).GetProperty("value");
        Assert.Contains("Bertil", Text(form), StringComparison.Ordinal);
        var etag = FindData(form, "reassignFollowUp")!.Value.GetProperty("etag").GetString();

        var card = (await PressAsync(OwnerChat(), "reassignFollowUp", new() { ["id"] = id, ["etag"] = etag, ["view"] = "card", ["owner_" + id] = Colleague }, messageId)).GetProperty("value");
        await Service<ReminderScheduler>().RunOnceAsync(default);

        Assert.Contains("Anna Berg: tilldelade Bertil", Text(card), StringComparison.Ordinal);
        Assert.Contains(Graph.Calls, c => c.UserId == Colleague && c.Body.GetProperty("activityType").GetString() == "followUpAssigned");
    }

    [Fact]
    public async Task Refresh_AfterChangeElsewhere_ShowsCurrentState()
    {
        var (id, etag, _) = await DeliveredCardAsync();
        var tab = await SignedInAsync(Owner);
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/followups/{id}/close") { Content = JsonContent.Create(new { note = "Klart via fliken" }) };
        request.Headers.IfMatch.ParseAdd(await CurrentETagAsync(tab, id));
        (await tab.SendAsync(request)).EnsureSuccessStatusCode();

        var card = (await PressAsync(OwnerChat(), "followUpCard", new() { ["id"] = id, ["view"] = "card" }, trigger: "automatic")).GetProperty("value");

        Assert.Contains("Anna: klar – Klart via fliken", Text(card), StringComparison.Ordinal);
        Assert.DoesNotContain(etag, Text(card), StringComparison.Ordinal);
    }

    private async Task<(string Id, string Etag, string MessageId)> DeliveredCardAsync()
    {
        var f = await FollowUpDueAsync(Today, "Återkoppla om bygglov");
        await Service<ReminderScheduler>().RunOnceAsync(default);
        var entry = Assert.Single(await Service<IReminderOutbox>().AllAsync(Kommun.Value, default));
        var card = Assert.Single(Connector.Activities).Card!.Value;
        var etag = FindData(card, "postponeFollowUp")!.Value.GetProperty("etag").GetString()!;
        return (f.Id.ToString("N"), etag, entry.CardActivityId!);
    }

    private async Task<JsonElement> PressAsync(Activities chat, string verb, Dictionary<string, object?> data, string? messageId = null, string trigger = "manual")
    {
        var invoke = chat.Invoke("adaptiveCard/action", new { action = new { type = "Action.Execute", verb, data }, trigger }) with { ReplyToId = messageId };
        var response = await App.CreateClient().PostActivityAsync(invoke);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static async Task<string> CurrentETagAsync(HttpClient tab, string id)
    {
        var list = await tab.GetFromJsonAsync<JsonElement>("/api/v1/followups?owner=me");
        return list.GetProperty("items").EnumerateArray().First(i => i.GetProperty("id").GetString() == id).GetProperty("etag").GetString()!;
    }

    private static string Text(JsonElement card) => System.Text.RegularExpressions.Regex.Unescape(card.GetRawText());

    private static JsonElement? FindData(JsonElement e, string verb)
    {
        if (e.ValueKind == JsonValueKind.Object)
        {
            if (e.TryGetProperty("verb", out var v) && v.GetString() == verb && e.TryGetProperty("data", out var d))
            {
                return d;
            }

            return e.EnumerateObject().Select(p => FindData(p.Value, verb)).FirstOrDefault(x => x is not null);
        }

        return e.ValueKind == JsonValueKind.Array ? e.EnumerateArray().Select(i => FindData(i, verb)).FirstOrDefault(x => x is not null) : null;
    }
}
