using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using NaringslivCrm.Bot.Tests.Infrastructure;

namespace NaringslivCrm.Bot.Tests.Privacy;

/// <summary>A confidential note's text stays in its own record: no export carries it, the company page shows it only at home.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class ConfidentialTextTests(AzuriteFixture azurite) : PrivacyTestBase(azurite)
{
    [Fact]
    public async Task Exports_ConfidentialNote_TextInNone()
    {
        await SeedPersonEverywhereAsync();
        var anna = await SignedInAsync("anna");

        var exports = await Task.WhenAll(
            anna.GetStringAsync("/api/v1/companies/export"),
            anna.GetStringAsync("/api/v1/followups/export?status=all"),
            anna.GetStringAsync("/api/v1/audit/export"));

        Assert.All(exports, csv => Assert.DoesNotContain("nedläggningsplaner", csv, StringComparison.Ordinal));
        Assert.Contains("Hammarverken AB", exports[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task CompanyPage_ConfidentialNote_ShownInsideTheMunicipalityWithFlag_OtherMunicipality404()
    {
        await SeedPersonEverywhereAsync();
        var erik = await SignedInAsync("erik");
        var kim = await SignedInAsync("kim");

        var home = await erik.GetStringAsync($"/api/v1/companies/{Org}");
        var away = await kim.GetAsync($"/api/v1/companies/{Org}");

        Assert.Contains("nedläggningsplaner", System.Text.RegularExpressions.Regex.Unescape(home), StringComparison.Ordinal);
        Assert.Contains("\"confidential\":true", home, StringComparison.Ordinal);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, away.StatusCode);
        Assert.DoesNotContain("nedläggningsplaner", await away.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MarkConfidential_FromTheTab_StoredAuditedAndHiddenFromTheDigestRollup_OtherMunicipality404()
    {
        var (visit, _, _) = await SeedPersonEverywhereAsync();
        var erik = await SignedInAsync("erik");
        var kim = await SignedInAsync("kim");

        var theirs = await kim.PostAsJsonAsync($"/api/v1/interactions/{visit.Id:N}/confidential", new { confidential = true });
        var bad = await erik.PostAsJsonAsync($"/api/v1/interactions/{visit.Id:N}/confidential", new { });
        var ok = await erik.PostAsJsonAsync($"/api/v1/interactions/{visit.Id:N}/confidential", new { confidential = true });

        Assert.Equal((System.Net.HttpStatusCode.NotFound, System.Net.HttpStatusCode.BadRequest, System.Net.HttpStatusCode.OK), (theirs.StatusCode, bad.StatusCode, ok.StatusCode));
        Assert.True((await Interactions.GetAsync(Oskarshamn, visit.Id))!.IsConfidential);
        var page = await erik.GetStringAsync($"/api/v1/companies/{Org}");
        Assert.Contains($"\"id\":\"{visit.Id:N}\"", page, StringComparison.Ordinal);
        var week = NaringslivCrm.Bot.Digest.DigestBuilder.WeekOf(NaringslivCrm.Domain.Calendar.SwedishCalendar.Today(TimeProvider.System).AddDays(-3));
        var rollup = await App.Services.GetRequiredService<NaringslivCrm.Bot.Digest.IWeekRollupReader>().ReadAsync("0882", "Oskarshamn", week, CancellationToken.None);
        Assert.Equal(0, rollup.NewNeeds); // the visit's need left the network's counts with its confidentiality
        var anna = await SignedInAsync("anna");
        var audit = await anna.GetStringAsync("/api/v1/audit?pageSize=500");
        Assert.Contains($"\"subjectId\":\"{visit.Id:N}\"", audit, StringComparison.Ordinal);
    }
}
