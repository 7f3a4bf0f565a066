using Microsoft.Extensions.Options;
using NaringslivCrm.Bot.Tests.Infrastructure;

namespace NaringslivCrm.Bot.Tests.Hosting;

[Collection(AzuriteCollection.Name)]
public sealed class StartupValidationTests(AzuriteFixture azurite)
{
    [Fact]
    public void Start_NotAnonymousWithoutAppId_RefusedWithSettingName()
    {
        using var app = new CrmAppFactory(azurite, s => s["Bot:AllowAnonymous"] = "false");

        var error = Assert.ThrowsAny<OptionsValidationException>(() => app.CreateClient());

        Assert.Contains("MicrosoftAppId", error.Message, StringComparison.Ordinal);
        Assert.Contains("MicrosoftAppType", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Start_SingleTenantWithoutPassword_Refused()
    {
        using var app = new CrmAppFactory(azurite, s =>
        {
            s["Bot:AllowAnonymous"] = "false";
            s["MicrosoftAppType"] = "SingleTenant";
            s["MicrosoftAppId"] = "id";
            s["MicrosoftAppTenantId"] = "tenant";
        });

        var error = Assert.ThrowsAny<OptionsValidationException>(() => app.CreateClient());

        Assert.Contains("MicrosoftAppPassword", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Start_MunicipalityWithBadCode_Refused()
    {
        using var app = new CrmAppFactory(azurite, s => s["Municipalities:0:Code"] = "88");

        var error = Assert.ThrowsAny<OptionsValidationException>(() => app.CreateClient());

        Assert.Contains("kommunkod", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Start_TenantInTwoMunicipalities_Refused()
    {
        using var app = new CrmAppFactory(azurite, s => s["Municipalities:1:TenantIds:0"] = CrmAppFactory.TenantA);

        var error = Assert.ThrowsAny<OptionsValidationException>(() => app.CreateClient());

        Assert.Contains("more than one municipality", error.Message, StringComparison.Ordinal);
    }
}
