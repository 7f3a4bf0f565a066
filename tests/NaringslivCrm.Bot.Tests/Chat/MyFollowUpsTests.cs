using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using NaringslivCrm.Bot.Tests.Infrastructure;
using NaringslivCrm.Domain.FollowUps;
using NaringslivCrm.Domain.Municipalities;

namespace NaringslivCrm.Bot.Tests.Chat;

[Collection(AzuriteCollection.Name)]
public sealed class MyFollowUpsTests(AzuriteFixture azurite) : ChatTestBase(azurite)
{
    [Fact]
    public async Task MyFollowUps_AfterLoggingContact_ListsItSoonestFirst()
    {
        await PressAsync("saveContact", Form(Guid.NewGuid(), f => { f["followUpText"] = "Senare"; f["followUpDue"] = "2030-02-12"; }));
        await PressAsync("saveContact", Form(Guid.NewGuid(), f => { f["followUpText"] = "Tidigare"; f["followUpDue"] = "2030-01-10"; }));

        await Client.PostActivityAsync(Activities.Message("mina uppföljningar"));

        var card = Assert.Single(await Connector.WaitForActivitiesAsync(1)).AllText;
        Assert.True(card.IndexOf("Tidigare", StringComparison.Ordinal) < card.IndexOf("Senare", StringComparison.Ordinal));
        Assert.Contains("closeFollowUp", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MyFollowUps_MoreThanShown_SaysHowManyAndShowsTheOneJustCreated()
    {
        for (var i = 0; i < 11; i++)
        {
            await PressAsync("saveContact", Form(Guid.NewGuid(), f => { f["followUpText"] = $"Tidig {i}"; f["followUpDue"] = new DateOnly(2030, 1, 10).AddDays(7 * i).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture); })); // Thursdays
        }

        await PressAsync("saveContact", Form(Guid.NewGuid(), f => { f["followUpText"] = "Nyss sparad"; f["followUpDue"] = "2031-06-02"; }));
        await Client.PostActivityAsync(Activities.Message("mina uppföljningar"));

        var card = Assert.Single(await Connector.WaitForActivitiesAsync(1)).AllText;
        Assert.Contains("Du har 12 öppna uppföljningar.", card, StringComparison.Ordinal);
        Assert.Contains("Alla finns i fliken Mina uppföljningar.", card, StringComparison.Ordinal);
        Assert.Contains("Nyss skapade", card, StringComparison.Ordinal);
        Assert.Contains("Nyss sparad", card, StringComparison.Ordinal);
        Assert.Contains("Skjut upp 3 arbetsdagar", card, StringComparison.Ordinal);
        Assert.DoesNotContain("och fler", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Close_WithNote_CardUpdatedAndFollowUpGone()
    {
        var (id, etag) = await OneFollowUpAsync();

        var body = await PressAsync("closeFollowUp", new Dictionary<string, object?> { ["id"] = id, ["etag"] = etag, ["note_" + id] = "Ringde och gav besked." });

        var text = CardText(body);
        Assert.Contains("Klar: Koppla ihop med Yrkeshögskolan", text, StringComparison.Ordinal);
        Assert.Contains("Du har inga öppna uppföljningar", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Close_WithoutNote_RefusedAndStillOpen()
    {
        var (id, etag) = await OneFollowUpAsync();

        var body = await PressAsync("closeFollowUp", new Dictionary<string, object?> { ["id"] = id, ["etag"] = etag });

        Assert.Contains("återkoppling", CardText(body), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Koppla ihop med Yrkeshögskolan", CardText(body), StringComparison.Ordinal);
        var stored = await StoredAsync(id);
        Assert.Equal(FollowUpStatus.Open, stored.Status);
        Assert.Null(stored.ClosingNote);
    }

    [Fact]
    public async Task Postpone_SomeoneChangedItMeanwhile_ToldAndNothingOverwritten()
    {
        var (id, etag) = await OneFollowUpAsync();
        await PressAsync("postponeFollowUp", new Dictionary<string, object?> { ["id"] = id, ["etag"] = etag, ["days"] = 1 });

        var stale = await PressAsync("postponeFollowUp", new Dictionary<string, object?> { ["id"] = id, ["etag"] = etag, ["days"] = 7 });

        Assert.Contains("Någon annan har ändrat uppföljningen", CardText(stale), StringComparison.Ordinal);
        Assert.Contains(NaringslivCrm.Bot.Contacts.CardText.KeepTogether("2030-01-11"), CardText(stale), StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2030, 1, 11), (await StoredAsync(id)).DueDate); // the first postpone, not the stale one
    }

    private async Task<FollowUp> StoredAsync(string id) =>
        (await App.Services.GetRequiredService<IFollowUpRepository>().GetAsync(MunicipalityCode.Parse("0882").Value, Guid.Parse(id)))!;

    private async Task<(string Id, string Etag)> OneFollowUpAsync()
    {
        await PressAsync("saveContact", Form(Guid.NewGuid()));
        await Client.PostActivityAsync(Activities.Message("mina uppföljningar"));
        var card = Assert.Single(await Connector.WaitForActivitiesAsync(1)).Card!.Value;
        var data = FindData(card, "closeFollowUp")!.Value;
        return (data.GetProperty("id").GetString()!, data.GetProperty("etag").GetString()!);
    }

    private static JsonElement? FindData(JsonElement e, string verb)
    {
        if (e.ValueKind == JsonValueKind.Object)
        {
            if (e.TryGetProperty("verb", out var v) && v.GetString() == verb && e.TryGetProperty("data", out var d))
            {
                return d;
            }

            foreach (var p in e.EnumerateObject())
            {
                if (FindData(p.Value, verb) is { } hit)
                {
                    return hit;
                }
            }
        }
        else if (e.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in e.EnumerateArray())
            {
                if (FindData(item, verb) is { } hit)
                {
                    return hit;
                }
            }
        }

        return null;
    }
}
