using NaringslivCrm.Bot.Tests.Infrastructure;

namespace NaringslivCrm.Bot.Tests.Chat;

/// <summary>
/// The form's company where the client has no typeahead (the Agents Playground, older Teams clients): typed text arrives
/// in "companyText" and is resolved on save; every error leaves a form the officer can correct and save.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class ContactFormCompanyFieldTests(AzuriteFixture azurite) : ChatTestBase(azurite)
{
    [Fact]
    public async Task Save_NameTypedWithoutTypeahead_ResolvedToTheRegisteredFirm()
    {
        var body = await PressAsync("saveContact", Form(Guid.NewGuid(), f => { f.Remove("company"); f["companyText"] = "hammarverken"; }));

        Assert.Contains("Kontakten är sparad", CardText(body), StringComparison.Ordinal);
        Assert.Contains("Hammarverken Stål AB", CardText(body), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Save_OrgNumberTyped_Saved()
    {
        var body = await PressAsync("saveContact", Form(Guid.NewGuid(), f => { f.Remove("company"); f["companyText"] = "556036-0793"; }));

        Assert.Contains("Kontakten är sparad", CardText(body), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Save_NameMatchingNothing_SaysWhatToWriteAndKeepsTheText()
    {
        var body = await PressAsync("saveContact", Form(Guid.NewGuid(), f => { f.Remove("company"); f["companyText"] = "Okändabolaget"; }));

        var text = CardText(body);
        Assert.Contains("Inget företag i registret matchar \"Okändabolaget\"", text, StringComparison.Ordinal);
        Assert.Contains("\"id\":\"companyText\"", text, StringComparison.Ordinal);
        Assert.Contains("\"value\":\"Okändabolaget\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain(await Inspector().AllEntitiesAsync(), r => r.Table == "Crm");
    }

    [Fact]
    public async Task Save_WrongCheckDigitThenCorrectedInTheTextField_Saved()
    {
        var id = Guid.NewGuid();
        var refused = await PressAsync("saveContact", Form(id, f => f["company"] = "5560360794"));
        var corrected = await PressAsync("saveContact", Form(id, f => { f["company"] = null; f["companyText"] = "556036-0793"; }));

        var text = CardText(refused);
        Assert.Contains("inte ett giltigt organisationsnummer", text, StringComparison.Ordinal);
        Assert.Contains("\"value\":\"5560360794\"", text, StringComparison.Ordinal); // in the text field, to correct
        Assert.DoesNotContain("\"choices\":[{\"title\":\"5560360794\"", text, StringComparison.Ordinal); // not offered as a choice
        Assert.Contains("Kontakten är sparad", CardText(corrected), StringComparison.Ordinal);
    }
}
