using NaringslivCrm.Bot.Tests.Infrastructure;

namespace NaringslivCrm.Bot.Tests.Chat;

/// <summary>What an officer does in chat lands in the audit log in their name, with the record's id and no text.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class ChatAuditTests(AzuriteFixture azurite) : ChatTestBase(azurite)
{
    [Fact]
    public async Task SaveContactThenOpenCompany_AuditedAsTheChatUser()
    {
        var draft = Guid.NewGuid();
        await PressAsync("saveContact", Form(draft, f => f["notes"] = "Hemlig anteckning om vd:n"));
        await Client.PostActivityAsync(Activities.Message("företag 556036-0793"));

        var audit = (await Inspector().AllEntitiesAsync()).Where(e => e.Table == "Audit").Select(e => e.Entity).ToList();

        var create = Assert.Single(audit, e => e.GetString("Action") == "Create");
        Assert.Equal((Activities.UserAadObjectId, "Bot", "Interaction", draft.ToString("N")),
            (create.GetString("ActorId"), create.GetString("Channel"), create.GetString("Subject"), create.GetString("SubjectId")));
        var read = Assert.Single(audit, e => e.GetString("Action") == "Read");
        Assert.Equal(("Bot", "Company", OrgNr), (read.GetString("Channel"), read.GetString("Subject"), read.GetString("SubjectId")));
        Assert.All(audit, e => Assert.StartsWith("0882|", e.PartitionKey, StringComparison.Ordinal));
        Assert.DoesNotContain(audit, e => e.Any(p => p.Value is string s && s.Contains("Hemlig", StringComparison.Ordinal)));
    }
}
