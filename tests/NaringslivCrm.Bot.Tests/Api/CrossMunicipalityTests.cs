using System.Net;
using System.Net.Http.Json;
using NaringslivCrm.Bot.Tests.Infrastructure;

namespace NaringslivCrm.Bot.Tests.Api;

/// <summary>Every route, a manager of Oskarshamn asking for Kiruna's data: nothing of Kiruna comes back.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class CrossMunicipalityTests(AzuriteFixture azurite) : ApiTestBase(azurite)
{
    private const string KirunaOrg = "212000-0142";
    private const string KirunaText = "Kirunas hemliga uppföljning";

    [Fact]
    public async Task EveryRoute_OtherMunicipalitysIds_NothingLeaks()
    {
        var kiruna = (await SeedAsync(Kiruna, KirunaOrg, "Malmbanans Verkstad", "kim", description: KirunaText))[0];
        await SeedAsync(Oskarshamn, "556036-0793", "Hammarverken", "anna");
        var anna = await SignedInAsync("anna");
        var id = kiruna.Id.ToString("N");

        var reads = new[]
        {
            "/api/v1/followups", "/api/v1/followups?status=all", "/api/v1/followups?status=done", "/api/v1/followups?due=overdue",
            $"/api/v1/followups?owner=kim", $"/api/v1/followups?company={KirunaOrg}", "/api/v1/followups/export",
            "/api/v1/companies", "/api/v1/companies?q=Malm", $"/api/v1/companies?q={KirunaOrg}", "/api/v1/companies/export",
            "/api/v1/service-level", "/api/v1/officers", "/api/v1/me",
            "/api/v1/audit", "/api/v1/audit/export", "/api/v1/privacy/extract?name=Kim%20Berg&email=kim@kiruna.se", "/api/v1/privacy/extract?name=kim&format=csv",
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

        var contact = (await Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<NaringslivCrm.Bot.Storage.Contacts.IInteractionQueries>(App.Services)
            .PageByCompanyAsync(Kiruna, NaringslivCrm.Domain.Companies.OrgNumber.Parse(KirunaOrg).Value, 1, null, CancellationToken.None)).Items[0];
        Assert.Equal(HttpStatusCode.NotFound, (await anna.PostAsJsonAsync($"/api/v1/interactions/{contact.Id:N}/confidential", new { confidential = true })).StatusCode);
        var erased = await anna.PostAsJsonAsync("/api/v1/privacy/erasure", new { name = "Malmbanans Verkstad", confirm = true });
        Assert.Contains("\"interactions\":0", await erased.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var bulk = await anna.PostAsJsonAsync("/api/v1/followups/reassign", new { items = new[] { new { id, etag = "\"1\"" } }, ownerId = "anna" });
        Assert.DoesNotContain(KirunaText, await bulk.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("open", (await App.Services.GetRequiredServiceFollowUp(kiruna.Id)).Status.ToString().ToLowerInvariant());
    }
}

internal static class ServiceProviderExtensions
{
    public static async Task<NaringslivCrm.Domain.FollowUps.FollowUp> GetRequiredServiceFollowUp(this IServiceProvider services, Guid id) =>
        (await Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<NaringslivCrm.Domain.FollowUps.IFollowUpRepository>(services)
            .GetAsync(ApiTestBase.Kiruna, id))!;
}
