using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using NaringslivCrm.Bot.Tests.Infrastructure;

namespace NaringslivCrm.Bot.Tests.Privacy;

[Collection(AzuriteCollection.Name)]
public sealed class AuditLogTests(AzuriteFixture azurite) : PrivacyTestBase(azurite)
{
    [Fact]
    public async Task Audit_TabReadsAndWrites_RecordedWithActorChannelAndIdsNeverText()
    {
        var (_, _, followUp) = await SeedPersonEverywhereAsync();
        var erik = await SignedInAsync("erik");
        await erik.GetStringAsync($"/api/v1/companies/{Org}");
        var open = (await erik.GetFromJsonAsync<JsonElement>("/api/v1/followups?owner=me&status=all")).GetProperty("items")[0];
        var anna = await SignedInAsync("anna");

        var entries = (await anna.GetFromJsonAsync<JsonElement>("/api/v1/audit")).GetProperty("items").EnumerateArray()
            .Select(e => $"{e.GetProperty("actorId").GetString()} {e.GetProperty("channel").GetString()} {e.GetProperty("action").GetString()} {e.GetProperty("subject").GetString()} {e.GetProperty("subjectId").GetString()}")
            .ToList();

        Assert.Contains($"erik tab read company {Org.Replace("-", string.Empty, StringComparison.Ordinal)}", entries);
        Assert.Contains("erik tab read followup list", entries);
        Assert.Contains(entries, e => e.StartsWith("system system create interaction", StringComparison.Ordinal));
        Assert.Contains($"system system update followup {followUp.Id:N}", entries);
        Assert.Contains("anna tab read auditlog " + DateTime.UtcNow.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture), entries);
        Assert.Equal(open.GetProperty("id").GetString(), followUp.Id.ToString("N"));
        Assert.DoesNotContain(await TracesAsync(Person), t => t.StartsWith("Audit/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Audit_TabChange_RecordedAsTheSignedInUser()
    {
        var (_, _, _) = await SeedPersonEverywhereAsync();
        var followUps = await SeedAsync(Oskarshamn, "556036-0793", "Hammarverken AB", "erik");
        var erik = await SignedInAsync("erik");
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/followups/{followUps[0].Id:N}/postpone") { Content = JsonContent.Create(new { workingDays = 3 }) };
        request.Headers.IfMatch.Add(new EntityTagHeaderValue("\"1\""));
        (await erik.SendAsync(request)).EnsureSuccessStatusCode();
        var anna = await SignedInAsync("anna");

        var entries = (await anna.GetFromJsonAsync<JsonElement>("/api/v1/audit")).GetProperty("items").EnumerateArray();

        var change = Assert.Single(entries, e => e.GetProperty("subjectId").GetString() == followUps[0].Id.ToString("N") && e.GetProperty("action").GetString() == "update");
        Assert.Equal(("erik", "tab", "Postponed"), (change.GetProperty("actorId").GetString(), change.GetProperty("channel").GetString(), change.GetProperty("detail").GetString()));
    }

    [Fact]
    public async Task Audit_OtherMunicipality_SeesNoneOfIt_AndCsvExportIsAudited()
    {
        await SeedPersonEverywhereAsync();
        var kim = await SignedInAsync("kim");
        var anna = await SignedInAsync("anna");

        var theirs = await kim.GetFromJsonAsync<JsonElement>("/api/v1/audit");
        var csv = await anna.GetStringAsync("/api/v1/audit/export");

        Assert.All(theirs.GetProperty("items").EnumerateArray(), e => Assert.Equal("kim", e.GetProperty("actorId").GetString()));
        Assert.StartsWith("Tidpunkt (UTC);Användare", csv.TrimStart('\uFEFF'), StringComparison.Ordinal);
        var after = (await anna.GetFromJsonAsync<JsonElement>("/api/v1/audit?pageSize=500")).GetProperty("items").EnumerateArray();
        Assert.Contains(after, e => e.GetProperty("action").GetString() == "export" && e.GetProperty("subject").GetString() == "auditlog");
    }
}
