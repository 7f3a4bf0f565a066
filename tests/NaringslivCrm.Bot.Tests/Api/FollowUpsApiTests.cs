using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using NaringslivCrm.Bot.Tests.Infrastructure;
using NaringslivCrm.Domain.FollowUps;

namespace NaringslivCrm.Bot.Tests.Api;

[Collection(AzuriteCollection.Name)]
public sealed class FollowUpsApiTests(AzuriteFixture azurite) : ApiTestBase(azurite)
{
    [Fact]
    public async Task List_120FollowUps_PagesThroughEveryOneOnce()
    {
        await SeedAsync(Oskarshamn, "556036-0793", "Hammarverken", "anna", followUps: 120);
        var anna = await SignedInAsync("anna");

        var seen = new List<string>();
        string? token = null;
        do
        {
            var page = await anna.GetFromJsonAsync<JsonElement>($"/api/v1/followups?owner=me&status=active&pageSize=50{(token is null ? "" : "&continuationToken=" + Uri.EscapeDataString(token))}");
            seen.AddRange(page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()!));
            token = page.GetProperty("continuationToken").GetString();
        }
        while (token is not null);

        Assert.Equal(120, seen.Distinct().Count());
    }

    [Fact]
    public async Task Close_WithoutIfMatch_PreconditionRequired()
    {
        var f = (await SeedAsync(Oskarshamn, "556036-0793", "Hammarverken", "anna"))[0];
        var anna = await SignedInAsync("anna");

        var response = await anna.PostAsJsonAsync($"/api/v1/followups/{f.Id:N}/close", new { note = "Klart" });

        Assert.Equal((HttpStatusCode)428, response.StatusCode);
    }

    [Fact]
    public async Task Close_StaleVersion_412WithCurrentAndNothingOverwritten()
    {
        var f = (await SeedAsync(Oskarshamn, "556036-0793", "Hammarverken", "anna"))[0];
        var anna = await SignedInAsync("anna");
        await Post(anna, $"/api/v1/followups/{f.Id:N}/postpone", new { workingDays = 1 }, "\"1\"");

        var stale = await Post(anna, $"/api/v1/followups/{f.Id:N}/close", new { note = "Klart" }, "\"1\"");

        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        var body = await stale.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("open", body.GetProperty("current").GetProperty("status").GetString());
        Assert.Contains("Någon annan har ändrat", body.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var stored = await StoredAsync(f.Id);
        Assert.Equal(FollowUpStatus.Open, stored.Status);
        Assert.Null(stored.ClosingNote);
        Assert.Equal(2, stored.History.Count); // created and postponed, no close
    }

    [Fact]
    public async Task Close_CurrentVersionAndNote_Done()
    {
        var f = (await SeedAsync(Oskarshamn, "556036-0793", "Hammarverken", "anna"))[0];
        var anna = await SignedInAsync("anna");

        var response = await Post(anna, $"/api/v1/followups/{f.Id:N}/close", new { note = "Ringde och gav besked" }, "\"1\"");

        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("done", body.GetProperty("status").GetString());
        Assert.Equal("Ringde och gav besked", body.GetProperty("feedbackNote").GetString());
    }

    [Fact]
    public async Task Close_EmptyNote_BadRequestStillOpen()
    {
        var f = (await SeedAsync(Oskarshamn, "556036-0793", "Hammarverken", "anna"))[0];
        var anna = await SignedInAsync("anna");

        var response = await Post(anna, $"/api/v1/followups/{f.Id:N}/close", new { note = " " }, "\"1\"");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(FollowUpStatus.Open, (await StoredAsync(f.Id)).Status);
    }

    [Fact]
    public async Task List_Officer_OnlyOwnFollowUpsEvenWhenAskingForOthers()
    {
        await SeedAsync(Oskarshamn, "556036-0793", "Hammarverken", "anna");
        await SeedAsync(Oskarshamn, "212000-0142", "Stadsverken", "erik");
        var erik = await SignedInAsync("erik");

        var page = await erik.GetFromJsonAsync<JsonElement>("/api/v1/followups?owner=anna");

        var owners = page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("ownerId").GetString()).ToList();
        Assert.Equal(["erik"], owners); // his one follow-up, not anna's
        Assert.Equal(HttpStatusCode.Forbidden, (await erik.GetAsync("/api/v1/service-level")).StatusCode);
    }

    [Fact]
    public async Task Export_Csv_BomSemicolonSwedishHeadersFormulasNeutralised()
    {
        await SeedAsync(Oskarshamn, "556036-0793", "Hammarverken", "anna", description: "=HYPERLINK(\"x\")");
        var anna = await SignedInAsync("anna");

        var bytes = await anna.GetByteArrayAsync("/api/v1/followups/export?owner=me");

        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var text = System.Text.Encoding.UTF8.GetString(bytes[3..]);
        Assert.StartsWith("Företag;Organisationsnummer;Uppföljning;Ansvarig;Förfallodatum", text, StringComparison.Ordinal);
        Assert.Contains(";\"'=HYPERLINK(\"\"x\"\") 0\";", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenApi_Document_Served()
    {
        var doc = await Client.GetStringAsync("/openapi/v1.json");

        Assert.Contains("/api/v1/followups", doc, StringComparison.Ordinal);
    }

    private async Task<FollowUp> StoredAsync(Guid id) =>
        (await App.Services.GetRequiredService<IFollowUpRepository>().GetAsync(Oskarshamn, id))!;

    private static Task<HttpResponseMessage> Post(HttpClient client, string url, object body, string ifMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(body) };
        request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return client.SendAsync(request);
    }
}
