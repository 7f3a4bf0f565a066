using NaringslivCrm.Bot.Tests.Infrastructure;

namespace NaringslivCrm.Bot.Tests.Chat;

[Collection(AzuriteCollection.Name)]
public sealed class LogContactTests(AzuriteFixture azurite) : ChatTestBase(azurite)
{
    [Fact]
    public async Task LogCommand_Typed_SendsEmptyFormWithTypeahead()
    {
        await Client.PostActivityAsync(Activities.Message("logga besök"));

        var card = Assert.Single(await Connector.WaitForActivitiesAsync(1)).AllText;
        Assert.Contains("Logga kontakt", card, StringComparison.Ordinal);
        Assert.Contains("\"choices.data\":{\"type\":\"Data.Query\",\"dataset\":\"companies\"", card, StringComparison.Ordinal);
        Assert.Contains("\"verb\":\"saveContact\"", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Save_CompleteForm_SummaryAndRecordsStoredTogether()
    {
        var body = await PressAsync("saveContact", Form(Guid.NewGuid()));

        var text = CardText(body);
        Assert.Contains("Kontakten är sparad", text, StringComparison.Ordinal);
        Assert.Contains("Hammarverken Stål AB", text, StringComparison.Ordinal);
        Assert.Contains("Koppla ihop med Yrkeshögskolan", text, StringComparison.Ordinal);
        var rows = (await Inspector().AllEntitiesAsync()).Where(r => r.Table == "Crm").Select(r => r.Entity.RowKey).ToList();
        Assert.Single(rows, k => k.StartsWith("I|", StringComparison.Ordinal));
        Assert.Single(rows, k => k.StartsWith("F|", StringComparison.Ordinal));
        Assert.Single(rows, k => k.StartsWith("FO|", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Save_PressedTwice_SavedOnce()
    {
        var form = Form(Guid.NewGuid());

        await PressAsync("saveContact", form);
        var second = await PressAsync("saveContact", form);

        Assert.Contains("Kontakten är sparad", CardText(second), StringComparison.Ordinal);
        var rows = (await Inspector().AllEntitiesAsync()).Where(r => r.Table == "Crm").ToList();
        Assert.Single(rows, r => r.Entity.RowKey.StartsWith("I|", StringComparison.Ordinal));
        Assert.Single(rows, r => r.Entity.RowKey.StartsWith("F|", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Save_WrongCheckDigit_SaysWhichCheckFailedAndKeepsValues()
    {
        var body = await PressAsync("saveContact", Form(Guid.NewGuid(), f => f["company"] = "5560360794"));

        var text = CardText(body);
        Assert.Contains("Kontrollsiffran stämmer inte", text, StringComparison.Ordinal);
        Assert.Contains("Behöver 40 svetsare till hösten.", text, StringComparison.Ordinal);
        Assert.DoesNotContain(await Inspector().AllEntitiesAsync(), r => r.Table == "Crm");
    }

    [Fact]
    public async Task Save_NotesOverLimit_RefusedWithLimitStated()
    {
        var body = await PressAsync("saveContact", Form(Guid.NewGuid(), f => f["notes"] = new string('a', 30_001)));

        Assert.Contains("30 000", CardText(body), StringComparison.Ordinal);
        Assert.DoesNotContain(await Inspector().AllEntitiesAsync(), r => r.Table == "Crm");
    }

    [Fact]
    public async Task Save_DueDateInPast_AsksToConfirmThenSaves()
    {
        var id = Guid.NewGuid();
        var asked = await PressAsync("saveContact", Form(id, f => f["followUpDue"] = "2024-03-04"));
        var confirmed = await PressAsync("saveContact", Form(id, f => { f["followUpDue"] = "2024-03-04"; f["confirmPastDue"] = "true"; }));

        Assert.Contains("har redan passerat", CardText(asked), StringComparison.Ordinal);
        Assert.Contains("confirmPastDue", CardText(asked), StringComparison.Ordinal);
        Assert.Contains("Kontakten är sparad", CardText(confirmed), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Save_DueOnHoliday_NamesNextWorkingDay()
    {
        var body = await PressAsync("saveContact", Form(Guid.NewGuid(), f => f["followUpDue"] = "2030-12-25"));

        Assert.Contains("2030-12-27", CardText(body), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Save_UnknownCompany_OffersToCreateItThenCreates()
    {
        var id = Guid.NewGuid();
        var offered = await PressAsync("saveContact", Form(id, f => f["company"] = "212000-0142"));
        var created = await PressAsync("saveContact", Form(id, f => { f["company"] = "2120000142"; f["newCompanyName"] = "Stadens Verkstäder"; }));

        Assert.Contains("finns inte i företagsregistret", CardText(offered), StringComparison.Ordinal);
        Assert.Contains("newCompanyName", CardText(offered), StringComparison.Ordinal);
        Assert.Contains("Stadens Verkstäder", CardText(created), StringComparison.Ordinal);
        Assert.Equal(2, await Inspector().CountAsync("Companies"));
    }

    [Fact]
    public async Task Save_ViaSubmitFallback_UpdatesCardThroughConnector()
    {
        var value = Form(Guid.NewGuid(), f => f["verb"] = "saveContact");
        var submit = Activities.Submit(value) with { ReplyToId = "card-activity-1" };

        await Client.PostActivityAsync(submit);

        var update = Assert.Single(await Connector.WaitForActivitiesAsync(1));
        Assert.Equal("PUT", update.Method);
        Assert.EndsWith("/activities/card-activity-1", update.Path, StringComparison.Ordinal);
        Assert.Contains("Kontakten är sparad", update.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task QuickCapture_MessageNamingKnownFirm_PrefilledDraftNothingSaved()
    {
        await Client.PostActivityAsync(Activities.Message("Besök Hammarverken: behöver 40 svetsare till hösten, planerar ny hall 2027, effektbehov 5 MW"));

        var draft = Assert.Single(await Connector.WaitForActivitiesAsync(1)).AllText;
        Assert.Contains("Utkast från ditt meddelande", draft, StringComparison.Ordinal);
        Assert.Contains($"\"value\":\"{OrgNr}\"", draft, StringComparison.Ordinal);
        Assert.Contains("kompetensforsorjning", draft, StringComparison.Ordinal);
        Assert.Contains("Energibehov", draft, StringComparison.Ordinal);
        Assert.DoesNotContain(await Inspector().AllEntitiesAsync(), r => r.Table == "Crm");
    }

    [Fact]
    public async Task Search_TypedPartOfName_ReturnsMatchingFirm()
    {
        var response = await Client.PostActivityAsync(Activities.Invoke("application/search",
            new { queryText = "hammar", dataset = "companies", queryOptions = new { skip = 0, top = 15 } }));

        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("application/vnd.microsoft.search.searchResponse", body, StringComparison.Ordinal);
        Assert.Contains($"\"value\":\"{OrgNr}\"", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CompanyCommand_ByOrgNumber_SendsCompanyCardWithLatestContact()
    {
        await PressAsync("saveContact", Form(Guid.NewGuid()));

        await Client.PostActivityAsync(Activities.Message("företag 556036-0793"));

        var card = Assert.Single(await Connector.WaitForActivitiesAsync(1)).AllText;
        Assert.Contains("Hammarverken Stål AB", card, StringComparison.Ordinal);
        Assert.Contains(NaringslivCrm.Bot.Contacts.CardText.KeepTogether("2026-11-20"), card, StringComparison.Ordinal); // dates never break on a card
        Assert.Contains("Koppla ihop med Yrkeshögskolan", card, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("visa företag Hammarverken")]
    [InlineData("sök företag hammar")]
    public async Task CompanyCommand_VisaForetag_IsALookupNotADraft(string message)
    {
        await Client.PostActivityAsync(Activities.Message(message));

        var card = Assert.Single(await Connector.WaitForActivitiesAsync(1)).AllText;
        Assert.Contains("Hammarverken Stål AB", card, StringComparison.Ordinal);
        Assert.DoesNotContain("Utkast", card, StringComparison.Ordinal);
        Assert.DoesNotContain("saveContact", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Save_NoDueDateRedFlagParticipants_SummarySaysTheDateAndShowsWhatWasSaid()
    {
        var body = await PressAsync("saveContact", Form(Guid.NewGuid(), f =>
        {
            f.Remove("followUpDue");
            f["participants"] = "Karin Ek, Per Holm";
            f["signalType"] = "Moving";
        }));

        var text = CardText(body);
        Assert.Contains("Du angav inget förfallodatum: uppföljningen förfaller ", text, StringComparison.Ordinal);
        Assert.Contains("Karin Ek, Per Holm", text, StringComparison.Ordinal);
        Assert.Contains("40 svetsare", text, StringComparison.Ordinal);
        Assert.Contains("⚠ Varning: Risk för flytt", text, StringComparison.Ordinal);
        Assert.Contains("\"color\":\"attention\"", text, StringComparison.Ordinal);
        Assert.Contains(NaringslivCrm.Bot.Contacts.CardText.KeepTogether("556036-0793"), text, StringComparison.Ordinal);
    }
}
