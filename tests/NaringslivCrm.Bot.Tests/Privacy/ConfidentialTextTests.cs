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
}
