using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using NaringslivCrm.Bot.Tests.Infrastructure;
using NaringslivCrm.Domain.FollowUps;

namespace NaringslivCrm.Bot.Tests.Api;

/// <summary>Every route, a manager of Oskarshamn asking for Kiruna's data: nothing of Kiruna comes back.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class CrossMunicipalityTests(AzuriteFixture azurite) : ApiTestBase(azurite)
{
    private const string KirunaOrg = "212000-0142";
    private const string KirunaPerson = "Lena Holm";
    private const string KirunaText = $"Kirunas hemliga uppföljning: ring {KirunaPerson}";

    [Fact]
    public async Task EveryRoute_OtherMunicipalitysIds_NothingLeaks()
    {
        var kiruna = (await SeedAsync(Kiruna, KirunaOrg, "Malmbanans Verkstad", "kim", description: KirunaText))[0];
        await SeedAsync(Oskarshamn, "556036-0793", "Hammarverken", "anna");
        var anna = await SignedInAsync("anna");
        var kim = await SignedInAsync("kim");
        var id = kiruna.Id.ToString("N");
        var extract = $"/api/v1/privacy/extract?name={Uri.EscapeDataString(KirunaPerson)}";
        // Control: the person is in Kiruna's records, so an empty answer to Oskarshamn means filtering, not absence.
        Assert.Equal(1, (await kim.GetFromJsonAsync<JsonElement>(extract)).GetProperty("followUps").GetArrayLength());

        var reads = new[]
        {
            "/api/v1/followups", "/api/v1/followups?status=all", "/api/v1/followups?status=done", "/api/v1/followups?due=overdue",
            $"/api/v1/followups?owner=kim", $"/api/v1/followups?company={KirunaOrg}", "/api/v1/followups/export",
            "/api/v1/companies", "/api/v1/companies?q=Malm", $"/api/v1/companies?q={KirunaOrg}", "/api/v1/companies/export",
            "/api/v1/service-level", "/api/v1/officers", "/api/v1/me",
            "/api/v1/audit", "/api/v1/audit/export", extract, extract + "&format=csv",
            "/api/v1/privacy/retention", "/api/v1/reminders/delivery-problems",
        };
        foreach (var url in reads)
        {
            var body = await anna.GetStringAsync(url);
            Assert.DoesNotContain(KirunaText, body, StringComparison.Ordinal);
            Assert.DoesNotContain("Malmbanans", body, StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await anna.GetAsync($"/api/v1/companies/{KirunaOrg}")).StatusCode);
        foreach (var action in new[] { "close", "postpone", "reassign" })
        {
            var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/followups/{id}/{action}")
            {
                Content = JsonContent.Create(new { note = "x", workingDays = 1, ownerId = "anna" }),
            };
            request.Headers.TryAddWithoutValidation("If-Match", "\"1\"");
            Assert.Equal(HttpStatusCode.NotFound, (await anna.SendAsync(request)).StatusCode);
        }

        var contact = (await Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<NaringslivCrm.Bot.Queries.IInteractionQueries>(App.Services)
            .PageByCompanyAsync(Kiruna, NaringslivCrm.Domain.Companies.OrgNumber.Parse(KirunaOrg).Value, 1, null, CancellationToken.None)).Items[0];
        Assert.Equal(HttpStatusCode.NotFound, (await anna.PostAsJsonAsync($"/api/v1/interactions/{contact.Id:N}/confidential", new { confidential = true })).StatusCode);
        var erased = await (await anna.PostAsJsonAsync("/api/v1/privacy/erasure", new { name = KirunaPerson, confirm = true })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((0, 0, 0, 0), (erased.GetProperty("contacts").GetInt32(), erased.GetProperty("interactions").GetInt32(),
            erased.GetProperty("followUps").GetInt32(), erased.GetProperty("reminders").GetInt32()));

        var bulk = await anna.PostAsJsonAsync("/api/v1/followups/reassign", new { items = new[] { new { id, etag = "\"1\"" } }, ownerId = "anna" });
        Assert.DoesNotContain(KirunaText, await bulk.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var stored = await App.Services.GetRequiredServiceFollowUp(kiruna.Id);
        Assert.Equal("kim", stored.Owner.UserId); // not reassigned
        Assert.Equal(FollowUpStatus.Open, stored.Status); // not closed or postponed
        Assert.Equal(kiruna.DueDate, stored.DueDate);
        Assert.StartsWith(KirunaText, stored.Description, StringComparison.Ordinal); // not erased
    }
}

internal static class ServiceProviderExtensions
{
    public static async Task<NaringslivCrm.Domain.FollowUps.FollowUp> GetRequiredServiceFollowUp(this IServiceProvider services, Guid id) =>
        (await Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<NaringslivCrm.Domain.FollowUps.IFollowUpRepository>(services)
            .GetAsync(ApiTestBase.Kiruna, id))!;
}
