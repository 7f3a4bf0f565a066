using Microsoft.Extensions.Options;
using NaringslivCrm.Bot.Tests.Infrastructure;

namespace NaringslivCrm.Bot.Tests.Reminders;

/// <summary>With reminders on, a production host refuses to start without the Graph identity and the Teams app id.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class GraphIdentitySettingsTests(AzuriteFixture azurite)
{
    [Theory]
    [InlineData("Graph:ClientId", null, "Graph:ClientId is required when Reminders:Enabled=true")]
    [InlineData("Graph:TenantId", null, "Graph:TenantId is required")]
    [InlineData("Graph:ManagedIdentityClientId", null, "Graph:ManagedIdentityClientId (federated identity credential, in Azure) or Graph:ClientSecret")]
    [InlineData("Graph:ClientSecret", "also-a-secret", "exactly one of them")]
    [InlineData("Reminders:TeamsAppId", null, "Reminders:TeamsAppId is required when Reminders:Enabled=true")]
    public void Start_RemindersOnGraphSettingMissing_RefusedNamingIt(string setting, string? value, string expected)
    {
        using var app = Production(s => s[setting] = value);

        var error = Assert.ThrowsAny<OptionsValidationException>(() => app.CreateClient());

        Assert.Contains(expected, Assert.Single(error.Failures), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_RemindersOnWithFederatedGraphIdentity_Starts()
    {
        using var app = Production(_ => { });

        using var response = await app.CreateClient().GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Start_DevelopmentWithoutGraphIdentity_StartsWithoutFeed()
    {
        using var app = new CrmAppFactory(azurite, s => s["Reminders:Enabled"] = "true");

        using var response = await app.CreateClient().GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
    }

    private CrmAppFactory Production(Action<Dictionary<string, string?>> change) => new(azurite, s =>
    {
        s["Bot:AllowAnonymous"] = "false";
        s["MicrosoftAppType"] = "UserAssignedMSI";
        s["MicrosoftAppId"] = "00000000-0000-0000-0000-00000000b0b0";
        s["MicrosoftAppTenantId"] = CrmAppFactory.TenantA;
        s["TabAuth:ClientId"] = "00000000-0000-0000-0000-0000000074b0";
        s["TabAuth:ApplicationIdUri"] = "api://crm.example.se/00000000-0000-0000-0000-0000000074b0";
        s["Reminders:Enabled"] = "true";
        s["Reminders:TeamsAppId"] = "5e4f3a2b-0000-0000-0000-00000000c47a";
        s["Graph:ClientId"] = "00000000-0000-0000-0000-0000000074b0";
        s["Graph:TenantId"] = CrmAppFactory.TenantA;
        s["Graph:ManagedIdentityClientId"] = "00000000-0000-0000-0000-00000000b0b0";
        change(s);
    }, environment: "Production");
}
