using Microsoft.Extensions.Options;
using NaringslivCrm.Bot.Tests.Infrastructure;

namespace NaringslivCrm.Bot.Tests.Hosting;

/// <summary>
/// Development and test switches are accepted only when the environment is Development, whatever the host (no App
/// Service variable is set here: a container or VM is refused the same way).
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class DevelopmentSwitchTests(AzuriteFixture azurite)
{
    [Theory]
    [InlineData("Bot:AllowAnonymous", "true")]
    [InlineData("Bot:RequireHttpsMetadata", "false")]
    [InlineData("Bot:OpenIdMetadataUrl", "http://127.0.0.1:5000/v1/.well-known/openidconfiguration")]
    [InlineData("Bot:OpenIdMetadataUrl", "https://keys.example.com/v1/.well-known/openidconfiguration")]
    [InlineData("TabAuth:DevTokens:Enabled", "true")]
    [InlineData("TabAuth:RequireHttpsMetadata", "false")]
    [InlineData("TabAuth:MetadataUrl", "http://127.0.0.1:5000/common/v2.0/.well-known/openid-configuration")]
    [InlineData("TabAuth:MetadataUrl", "https://login.example.com/common/v2.0/.well-known/openid-configuration")]
    [InlineData("BotCredentials:AuthorityHost", "http://127.0.0.1:5001")]
    [InlineData("AuthorityHost", "https://login.example.com")]
    [InlineData("Reminders:GraphBaseUrl", "http://127.0.0.1:5002/v1.0")]
    [InlineData("Reminders:ProactiveServiceUrl", "http://127.0.0.1:5003/")]
    [InlineData("Graph:AuthorityHost", "https://127.0.0.1:5004/")]
    public void Start_SwitchOnInProduction_RefusedNamingIt(string setting, string value)
    {
        using var app = Production(s => s[setting] = value);

        var error = Assert.ThrowsAny<OptionsValidationException>(() => app.CreateClient());

        var failure = Assert.Single(error.Failures);
        Assert.Contains(setting.Contains(':', StringComparison.Ordinal) ? setting : "BotCredentials:" + setting, failure, StringComparison.Ordinal);
        Assert.Contains("ASPNETCORE_ENVIRONMENT=Development", failure, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("TabAuth:ClientId", "TabAuth:ClientId is required outside Development")]
    [InlineData("TabAuth:ApplicationIdUri", "TabAuth:ApplicationIdUri is required outside Development")]
    public void Start_ProductionWithoutTabAudience_RefusedNamingIt(string setting, string expected)
    {
        using var app = Production(s => s[setting] = null);

        var error = Assert.ThrowsAny<OptionsValidationException>(() => app.CreateClient());

        Assert.Contains(expected, Assert.Single(error.Failures), StringComparison.Ordinal);
    }

    [Fact]
    public void Start_ApplicationIdUriForAnotherClient_Refused()
    {
        using var app = Production(s => s["TabAuth:ApplicationIdUri"] = "api://crm.example.se/someone-else");

        var error = Assert.ThrowsAny<OptionsValidationException>(() => app.CreateClient());

        Assert.Contains("TabAuth:ApplicationIdUri must be api://<host>/<TabAuth:ClientId>", Assert.Single(error.Failures), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Staging")]
    [InlineData("Testing")]
    public void Start_AnonymousInAnyOtherEnvironment_Refused(string environment)
    {
        using var app = new CrmAppFactory(azurite, s =>
        {
            s["TabAuth:ClientId"] = "00000000-0000-0000-0000-0000000074b0";
            s["TabAuth:ApplicationIdUri"] = "api://crm.example.se/00000000-0000-0000-0000-0000000074b0";
        }, environment: environment);

        var error = Assert.ThrowsAny<OptionsValidationException>(() => app.CreateClient());

        Assert.Contains($"Bot:AllowAnonymous=true is a development setting and is refused when the environment is '{environment}'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_ProductionWithRealEndpoints_Starts()
    {
        using var app = Production(s => s["TabAuth:MetadataUrl"] = "https://login.microsoftonline.com/11111111-1111-1111-1111-111111111111/v2.0/.well-known/openid-configuration");

        using var response = await app.CreateClient().GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Start_EverySwitchOnInDevelopment_Starts()
    {
        using var app = new CrmAppFactory(azurite, s =>
        {
            s["Bot:RequireHttpsMetadata"] = "false";
            s["Bot:OpenIdMetadataUrl"] = "http://127.0.0.1:5000/openid";
            s["TabAuth:DevTokens:Enabled"] = "true";
            s["TabAuth:RequireHttpsMetadata"] = "false";
            s["TabAuth:MetadataUrl"] = "http://127.0.0.1:5000/tab";
            s["BotCredentials:AuthorityHost"] = "http://127.0.0.1:5001";
            s["Reminders:GraphBaseUrl"] = "http://127.0.0.1:5002/v1.0";
            s["Reminders:ProactiveServiceUrl"] = "http://127.0.0.1:5003/";
        });

        using var response = await app.CreateClient().GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>A production host with a valid identity; the caller switches one setting.</summary>
    private CrmAppFactory Production(Action<Dictionary<string, string?>> change) => new(azurite, s =>
    {
        s["Bot:AllowAnonymous"] = "false";
        s["MicrosoftAppType"] = "SingleTenant";
        s["MicrosoftAppId"] = "00000000-0000-0000-0000-00000000b0b0";
        s["MicrosoftAppPassword"] = "secret";
        s["MicrosoftAppTenantId"] = CrmAppFactory.TenantA;
        s["TabAuth:ClientId"] = "00000000-0000-0000-0000-0000000074b0";
        s["TabAuth:ApplicationIdUri"] = "api://crm.example.se/00000000-0000-0000-0000-0000000074b0";
        change(s);
    }, environment: "Production");
}
