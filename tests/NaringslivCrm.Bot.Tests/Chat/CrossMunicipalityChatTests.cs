using Microsoft.Extensions.DependencyInjection;
using NaringslivCrm.Bot.Tests.Infrastructure;
using NaringslivCrm.Domain.FollowUps;
using NaringslivCrm.Domain.Municipalities;

namespace NaringslivCrm.Bot.Tests.Chat;

/// <summary>
/// Every chat entry point asked by an officer in Kiruna (tenant B) about Oskarshamn's (tenant A) firm, contact and
/// follow-up: nothing of Oskarshamn reaches Kiruna, and nothing of Oskarshamn's changes.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class CrossMunicipalityChatTests(AzuriteFixture azurite) : ChatTestBase(azurite)
{
    private const string Secret = "Koppla ihop med Yrkeshögskolan";

    [Fact]
    public async Task KirunaOfficer_EveryCommandAndButtonWithOskarshamnsIds_NothingLeaksNothingChanges()
    {
        await PressAsync("saveContact", Form(Guid.NewGuid()));
        var followUp = Assert.Single(await App.Services.GetRequiredService<IFollowUpRepository>().ListByOwnerAsync(MunicipalityCode.Parse("0882").Value, Activities.UserAadObjectId));
        var kiruna = new Activities(Connector, CrmAppFactory.TenantB);
        var before = Connector.Activities.Count;

        var answers = new List<string>();
        foreach (var text in new[] { "företag 556036-0793", "företag Hammarverken", "mina uppföljningar" })
        {
            await Client.PostActivityAsync(kiruna.Message(text));
        }

        foreach (var (verb, data) in new (string, object)[]
        {
            ("closeFollowUp", new Dictionary<string, object?> { ["id"] = followUp.Id.ToString("N"), ["etag"] = NaringslivCrm.Bot.FollowUps.Changes.FollowUpVersion.Tag(followUp), ["note_" + followUp.Id.ToString("N")] = "Stängd från Kiruna" }),
            ("postponeFollowUp", new { id = followUp.Id.ToString("N"), etag = NaringslivCrm.Bot.FollowUps.Changes.FollowUpVersion.Tag(followUp), days = 7 }),
            ("reassignFollowUp", new { id = followUp.Id.ToString("N"), etag = NaringslivCrm.Bot.FollowUps.Changes.FollowUpVersion.Tag(followUp), ownerId = "kiruna-officer" }),
            ("followUpCard", new { id = followUp.Id.ToString("N"), view = "card" }),
            ("companyCard", new { orgNr = OrgNr }),
        })
        {
            var response = await Client.PostActivityAsync(kiruna.Invoke("adaptiveCard/action", new { action = new { type = "Action.Execute", verb, data } }));
            answers.Add(await response.Content.ReadAsStringAsync());
        }

        foreach (var (name, value) in new (string, object)[]
        {
            ("composeExtension/query", new { commandId = "sokForetag", parameters = new[] { new { name = "query", value = "Hammar" } } }),
            ("application/search", new { queryText = "hammar", dataset = "companies", queryOptions = new { skip = 0, top = 15 } }),
        })
        {
            var response = await Client.PostActivityAsync(kiruna.Invoke(name, value));
            answers.Add(await response.Content.ReadAsStringAsync());
        }

        await Connector.WaitForActivitiesAsync(before + 3);
        answers.AddRange(Connector.Activities.Skip(before).Select(a => a.Body?.GetRawText() ?? string.Empty));
        // The bot may repeat what the Kiruna officer typed ("Inget företag matchar "Hammarverken"."): that is not a leak.
        var echoes = new System.Text.RegularExpressions.Regex("matchar \"[^\"]*\"");
        Assert.All(answers.Select(a => echoes.Replace(System.Text.RegularExpressions.Regex.Unescape(a), string.Empty)), a =>
        {
            Assert.DoesNotContain("Hammarverken", a, StringComparison.Ordinal);
            Assert.DoesNotContain(Secret, a, StringComparison.Ordinal);
            Assert.DoesNotContain(OrgNr, a.Replace("556036-0793", OrgNr, StringComparison.Ordinal), StringComparison.Ordinal);
        });
        var after = await App.Services.GetRequiredService<IFollowUpRepository>().GetAsync(MunicipalityCode.Parse("0882").Value, followUp.Id);
        Assert.Equal((FollowUpStatus.Open, followUp.DueDate, followUp.Owner.UserId, followUp.Version), (after!.Status, after.DueDate, after.Owner.UserId, after.Version));
    }
}
