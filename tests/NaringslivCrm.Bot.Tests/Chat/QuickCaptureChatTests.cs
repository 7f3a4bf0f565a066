using System.Globalization;
using NaringslivCrm.Bot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using NaringslivCrm.Domain.Calendar;
using NaringslivCrm.Domain.Companies;
using NaringslivCrm.Domain.Municipalities;

namespace NaringslivCrm.Bot.Tests.Chat;

[Collection(AzuriteCollection.Name)]
public sealed class QuickCaptureChatTests(AzuriteFixture azurite) : ChatTestBase(azurite)
{
    [Fact]
    public async Task QuickCapture_MessageWithEmoji_DraftNotCrash()
    {
        await Client.PostActivityAsync(Activities.Message("Besök Hammarverken 👍 behöver 40 svetsare 🔥"));

        var draft = Assert.Single(await Connector.WaitForActivitiesAsync(1)).AllText;
        Assert.Contains("Utkast från ditt meddelande", draft, StringComparison.Ordinal);
        Assert.Contains($"\"value\":\"{OrgNr}\"", draft, StringComparison.Ordinal);
    }

    [Fact]
    public async Task QuickCapture_FirmFirstRedFlagNoKind_DraftShowsNameAndMarksGuesses()
    {
        await Client.PostActivityAsync(Activities.Message("Varsel på Hammarverken: 35 personer berörs"));

        var draft = Assert.Single(await Connector.WaitForActivitiesAsync(1)).AllText;
        Assert.Contains("\"title\":\"Hammarverken Stål AB\"", draft, StringComparison.Ordinal);
        Assert.Contains("Typen är gissad (Besök)", draft, StringComparison.Ordinal);
        Assert.Contains("Datumet är gissat", draft, StringComparison.Ordinal);
    }

    [Fact]
    public async Task QuickCapture_OrgNumberWithWrongCheckDigit_NumberKeptInTheCompanyFieldToCorrect()
    {
        await Client.PostActivityAsync(Activities.Message("Besök 556036-0794 idag, de behöver 40 svetsare"));

        var draft = Assert.Single(await Connector.WaitForActivitiesAsync(1)).AllText;
        Assert.Contains("inte ett giltigt organisationsnummer", draft, StringComparison.Ordinal);
        Assert.Contains("\"id\":\"companyText\"", draft, StringComparison.Ordinal);
        Assert.Contains("\"value\":\"556036-0794\"", draft, StringComparison.Ordinal);
    }

    [Fact]
    public async Task QuickCapture_RelativeDate_SetsContactDate()
    {
        await Client.PostActivityAsync(Activities.Message("Ringde Hammarverken igår, de ska anställa 12 st svetsare"));

        var draft = Assert.Single(await Connector.WaitForActivitiesAsync(1)).AllText;
        var yesterday = SwedishCalendar.Today(TimeProvider.System).AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        Assert.Contains($"\"value\":\"{yesterday}\"", draft, StringComparison.Ordinal);
        Assert.DoesNotContain("Datumet är gissat", draft, StringComparison.Ordinal);
    }

    [Fact]
    public async Task QuickCapture_FirmNotRegistered_OffersToCreateItAndClosestMatch()
    {
        await Client.PostActivityAsync(Activities.Message("Besök Hammarvik Stål: behöver 40 svetsare till hösten"));

        var draft = Assert.Single(await Connector.WaitForActivitiesAsync(1)).AllText;
        Assert.Contains("”Hammarvik Stål” finns inte i företagsregistret", draft, StringComparison.Ordinal);
        Assert.Contains("\"id\":\"newCompanyName\"", draft, StringComparison.Ordinal);
        Assert.Contains("\"value\":\"Hammarvik Stål\"", draft, StringComparison.Ordinal);
        Assert.Contains("Närmast i registret: Hammarverken Stål AB (556036-0793)", draft, StringComparison.Ordinal);
    }

    [Fact]
    public async Task QuickCapture_NearSpelling_TakesFirmAndSaysSo()
    {
        await Client.PostActivityAsync(Activities.Message("Besök Hammarverk Stål, behöver 2 MW mer"));

        var draft = Assert.Single(await Connector.WaitForActivitiesAsync(1)).AllText;
        Assert.Contains($"\"value\":\"{OrgNr}\"", draft, StringComparison.Ordinal);
        Assert.Contains("Företaget är gissat från stavningen: Hammarverken Stål AB", draft, StringComparison.Ordinal);
    }

    [Fact]
    public async Task QuickCapture_FirmAddedAfterRegisterWasPrepared_NextMessageFindsIt()
    {
        await Client.PostActivityAsync(Activities.Message("Besök Hammarverken, behöver 2 MW mer"));
        await Connector.WaitForActivitiesAsync(1); // the register is now read and prepared for quick capture

        var added = Company.Register(MunicipalityCode.Parse("0882").Value, OrgNumber.Parse("5565475489").Value, "Bergbygg Norr AB").Value;
        await App.Services.GetRequiredService<ICompanyRepository>().SaveAsync(added);
        await Client.PostActivityAsync(Activities.Message("Besök Bergbygg Norr, behöver 20 snickare"));

        var draft = (await Connector.WaitForActivitiesAsync(2))[1].AllText;
        Assert.Contains("\"value\":\"5565475489\"", draft, StringComparison.Ordinal);
        Assert.DoesNotContain("finns inte i företagsregistret", draft, StringComparison.Ordinal);
    }
}
