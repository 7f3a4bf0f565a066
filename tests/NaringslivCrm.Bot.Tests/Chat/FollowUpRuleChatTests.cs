using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using NaringslivCrm.Bot.Tests.Infrastructure;
using NaringslivCrm.Domain.Calendar;
using NaringslivCrm.Domain.Common;
using NaringslivCrm.Domain.Companies;
using NaringslivCrm.Domain.FollowUps;
using NaringslivCrm.Domain.Municipalities;

namespace NaringslivCrm.Bot.Tests.Chat;

/// <summary>
/// The one rule for follow-up changes, from chat: two officers of Oskarshamn; the second one names the first one's
/// follow-up in hand-made card data (the version is right, so only the owner rule can stop it).
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class FollowUpRuleChatTests(AzuriteFixture azurite) : ChatTestBase(azurite)
{
    private const string Secret = "Hemlig uppgift om nedläggning";

    [Theory]
    [InlineData("closeFollowUp")]
    [InlineData("postponeFollowUp")]
    [InlineData("reassignFollowUp")]
    [InlineData("reassignFollowUpForm")]
    [InlineData("followUpCard")]
    public async Task OtherOfficer_NamesMyFollowUp_RefusedWithoutItsContentAndUnchanged(string verb)
    {
        var mine = await MyFollowUpAsync();
        var id = mine.Id.ToString("N");
        var other = new Activities(Connector) { UserAadObjectId = "oid-other-officer" };
        var data = new Dictionary<string, object?>
        {
            ["id"] = id, ["etag"] = "\"1\"", ["view"] = "card", ["days"] = 3, ["note_" + id] = "Stängd av fel person",
            ["owner_" + id] = "oid-other-officer",
        };

        var body = await PressAsAsync(other, verb, data);

        var text = CardText(body);
        Assert.Contains("Du kan bara ändra dina egna uppföljningar", text, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, text, StringComparison.Ordinal);
        var after = await FollowUps.GetAsync(Oskarshamn, mine.Id);
        Assert.Equal((FollowUpStatus.Open, mine.DueDate, mine.Owner.UserId, 1), (after!.Status, after.DueDate, after.Owner.UserId, after.Version));
    }

    [Fact]
    public async Task Postpone_WithoutVersion_AskedForItAndUnchanged()
    {
        var mine = await MyFollowUpAsync();

        var body = await PressAsync("postponeFollowUp", new Dictionary<string, object?> { ["id"] = mine.Id.ToString("N"), ["days"] = 3 });

        Assert.Contains("Ange vilken version", CardText(body), StringComparison.Ordinal);
        Assert.Equal(mine.DueDate, (await FollowUps.GetAsync(Oskarshamn, mine.Id))!.DueDate);
    }

    [Fact]
    public async Task Postpone_DaysOutsideTheChoices_RefusedByTheDomainRule()
    {
        var mine = await MyFollowUpAsync();

        var body = await PressAsync("postponeFollowUp", new Dictionary<string, object?> { ["id"] = mine.Id.ToString("N"), ["etag"] = "\"1\"", ["days"] = 400 });

        Assert.Contains("Skjut upp 1, 3 eller 7 arbetsdagar", CardText(body), StringComparison.Ordinal);
        Assert.Equal(mine.DueDate, (await FollowUps.GetAsync(Oskarshamn, mine.Id))!.DueDate);
    }

    [Fact]
    public async Task SaveFollowUpForm_IdOfSomeoneElsesFollowUp_NotReportedAsSaved()
    {
        var mine = await MyFollowUpAsync();
        var other = new Activities(Connector) { UserAadObjectId = "oid-other-officer" };

        var body = await PressAsAsync(other, "saveFollowUp", new Dictionary<string, object?>
        {
            ["followUpId"] = mine.Id.ToString(), ["company"] = OrgNr, ["followUpText"] = "Något annat", ["followUpDue"] = "2030-03-01",
        });

        var text = CardText(body);
        Assert.DoesNotContain("sparad", text, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, text, StringComparison.Ordinal);
        Assert.Contains("Du kan bara ändra dina egna uppföljningar", text, StringComparison.Ordinal);
        Assert.Equal(Secret, (await FollowUps.GetAsync(Oskarshamn, mine.Id))!.Description);
    }

    [Fact]
    public async Task SaveFollowUpForm_PressedTwice_SavedOnceAndBothAnswersTrue()
    {
        var form = new Dictionary<string, object?>
        {
            ["followUpId"] = Guid.NewGuid().ToString(), ["company"] = OrgNr, ["followUpText"] = "Ring om elnätet", ["followUpDue"] = "2030-03-01",
        };

        var first = CardText(await PressAsync("saveFollowUp", form));
        var second = CardText(await PressAsync("saveFollowUp", form));

        Assert.Contains("Uppföljningen är sparad: Ring om elnätet", first, StringComparison.Ordinal);
        Assert.Contains("Uppföljningen är sparad: Ring om elnätet", second, StringComparison.Ordinal);
        Assert.Single(await FollowUps.ListByOwnerAsync(Oskarshamn, Activities.UserAadObjectId));
    }

    private static MunicipalityCode Oskarshamn => MunicipalityCode.Parse("0882").Value;

    private IFollowUpRepository FollowUps => App.Services.GetRequiredService<IFollowUpRepository>();

    private async Task<FollowUp> MyFollowUpAsync()
    {
        var me = new UserRef(Activities.UserAadObjectId, "Anna Berg");
        var f = FollowUp.Create(Guid.NewGuid(), Oskarshamn, OrgNumber.Parse(OrgNr).Value, null, Secret, me,
            new DateOnly(2030, 1, 10), me, DateTimeOffset.UtcNow, new SwedishCalendar()).Value;
        Assert.True((await FollowUps.AddAsync(f)).IsSuccess);
        return f;
    }

    private async Task<JsonElement> PressAsAsync(Activities who, string verb, object data)
    {
        var response = await Client.PostActivityAsync(who.Invoke("adaptiveCard/action", new { action = new { type = "Action.Execute", verb, data }, trigger = "manual" }));
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
