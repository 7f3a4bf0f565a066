using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using NaringslivCrm.Bot.Officers;
using NaringslivCrm.Bot.Tests.Infrastructure;
using NaringslivCrm.Domain.Calendar;
using NaringslivCrm.Domain.Common;
using NaringslivCrm.Domain.FollowUps;

namespace NaringslivCrm.Bot.Tests.Api;

/// <summary>The one rule for follow-up changes, from the tab: owner or manager, a version on every change, one set of texts.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class FollowUpRuleApiTests(AzuriteFixture azurite) : ApiTestBase(azurite)
{
    [Fact]
    public async Task Officer_ChangesColleaguesFollowUp_403WithoutItsContentAndUnchanged()
    {
        var f = (await SeedAsync(Oskarshamn, "556036-0793", "Hammarverken", "sara", description: "Hemlig nedläggning"))[0];
        var erik = await SignedInAsync("erik");

        var response = await Post(erik, $"/api/v1/followups/{f.Id:N}/close", new { note = "Klart" }, "\"1\"");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("follow-up.not-yours", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Hemlig nedläggning", body, StringComparison.Ordinal);
        Assert.Equal(FollowUpStatus.Open, (await StoredAsync(f.Id))!.Status);
    }

    [Fact]
    public async Task Manager_PostponesOfficersFollowUp_Changed()
    {
        var f = (await SeedAsync(Oskarshamn, "556036-0793", "Hammarverken", "erik"))[0];
        var anna = await SignedInAsync("anna");

        var response = await Post(anna, $"/api/v1/followups/{f.Id:N}/postpone", new { workingDays = 3 }, "\"1\"");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(new SwedishCalendar().AddWorkingDays(f.DueDate, 3), (await StoredAsync(f.Id))!.DueDate);
    }

    [Fact]
    public async Task Postpone_Overdue_CountsFromTodayAndIsNoLongerOverdue()
    {
        var f = (await SeedAsync(Oskarshamn, "556036-0793", "Hammarverken", "erik", dueInDays: -20))[0];
        var erik = await SignedInAsync("erik");

        var body = await (await Post(erik, $"/api/v1/followups/{f.Id:N}/postpone", new { workingDays = 1 }, "\"1\"")).Content.ReadFromJsonAsync<JsonElement>();

        var today = SwedishCalendar.Today(TimeProvider.System);
        Assert.Equal(new SwedishCalendar().AddWorkingDays(today, 1).ToString("yyyy-MM-dd"), body.GetProperty("dueDate").GetString());
        Assert.False(body.GetProperty("overdue").GetBoolean());
    }

    [Fact]
    public async Task Close_NoteOverTheLimit_400NamingTheFieldAndLimit()
    {
        var f = (await SeedAsync(Oskarshamn, "556036-0793", "Hammarverken", "erik"))[0];
        var erik = await SignedInAsync("erik");

        var response = await Post(erik, $"/api/v1/followups/{f.Id:N}/close", new { note = new string('x', FollowUp.MaxNoteLength + 1) }, "\"1\"");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("feedback-note.too-long", body.GetProperty("code").GetString());
        Assert.Contains("2 000 tecken", body.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(FollowUpStatus.Open, (await StoredAsync(f.Id))!.Status);
    }

    [Fact]
    public async Task BulkReassign_ItemWithoutVersion_RefusedOthersChanged()
    {
        var fs = await SeedAsync(Oskarshamn, "556036-0793", "Hammarverken", "erik", followUps: 2);
        await App.Services.GetRequiredService<IOfficerDirectory>().RememberAsync(Oskarshamn, new UserRef("sara", "Sara Nilsson"), default);
        var anna = await SignedInAsync("anna");

        var response = await anna.PostAsJsonAsync("/api/v1/followups/reassign", new
        {
            ownerId = "sara",
            items = new object[] { new { id = fs[0].Id.ToString("N"), etag = "\"1\"" }, new { id = fs[1].Id.ToString("N") } },
        });

        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(fs[0].Id.ToString("N"), Assert.Single(body.GetProperty("updated").EnumerateArray()).GetProperty("id").GetString());
        Assert.Equal("follow-up.version-required", Assert.Single(body.GetProperty("refused").EnumerateArray()).GetProperty("code").GetString());
        Assert.Equal("erik", (await StoredAsync(fs[1].Id))!.Owner.UserId);
    }

    [Fact]
    public async Task BulkReassign_NullItem_400AndNothingChanged()
    {
        var f = (await SeedAsync(Oskarshamn, "556036-0793", "Hammarverken", "erik"))[0];
        var anna = await SignedInAsync("anna");

        var response = await anna.PostAsync("/api/v1/followups/reassign", new StringContent(
            $$"""{"ownerId":"anna","items":[{"id":"{{f.Id:N}}","etag":"\"1\""},null]}""", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Rad 2", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("erik", (await StoredAsync(f.Id))!.Owner.UserId);
    }

    private Task<FollowUp?> StoredAsync(Guid id) => App.Services.GetRequiredService<IFollowUpRepository>().GetAsync(Oskarshamn, id);

    private static Task<HttpResponseMessage> Post(HttpClient client, string url, object body, string ifMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(body) };
        request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return client.SendAsync(request);
    }
}
