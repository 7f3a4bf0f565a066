using NaringslivCrm.Bot.Tests.Infrastructure;
using NaringslivCrm.Domain.Common;

namespace NaringslivCrm.Bot.Tests.Storage;

/// <summary>User-supplied ids (owner ids, conversation ids) never break a query or reach a key unescaped.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class KeyInjectionTests(AzuriteFixture azurite)
{
    [Theory]
    [InlineData("x' or PartitionKey ne '")]
    [InlineData("x') or (RowKey ge '")]
    [InlineData("demo-anna' or '1' eq '1")]
    public async Task PageByOwnerAsync_QuoteInOwnerId_NothingOfOthers(string hostile)
    {
        var tables = await CrmTables.CreateAsync(azurite);
        await tables.FollowUps.AddAsync(Build.FollowUp(Build.Anna));

        var page = await tables.FollowUps.PageByOwnerAsync(Build.Oskarshamn, hostile, null, 50, null, CancellationToken.None);

        Assert.Empty(page.Items);
    }

    [Theory]
    [InlineData("a/b#c?d\\e")]
    [InlineData("x' or PartitionKey ne '")]
    [InlineData("100%/owner")]
    public async Task ListByOwnerAsync_ForbiddenKeyCharacters_StoredEscapedAndFoundAgain(string ownerId)
    {
        var tables = await CrmTables.CreateAsync(azurite);
        var followUp = Build.FollowUp(new UserRef(ownerId, "Konstig Ägare"));
        await tables.FollowUps.AddAsync(followUp);

        var list = await tables.FollowUps.ListByOwnerAsync(Build.Oskarshamn, ownerId);

        Assert.Equal(followUp.Id, Assert.Single(list).Id);
        Assert.All(await tables.CrmKeysAsync(), k => Assert.DoesNotContain(k, c => c is '/' or '\\' or '#' or '?'));
    }

    [Fact]
    public async Task ListByOwnerAsync_OwnerIdIsPrefixOfAnotherWithSeparator_OnlyOwnRows()
    {
        var tables = await CrmTables.CreateAsync(azurite);
        await tables.FollowUps.AddAsync(Build.FollowUp(new UserRef("a|O", "Annan")));
        await tables.FollowUps.AddAsync(Build.FollowUp(new UserRef("a|X", "Annan")));

        var open = await tables.FollowUps.ListByOwnerAsync(Build.Oskarshamn, "a");
        var all = await tables.FollowUps.PageByOwnerAsync(Build.Oskarshamn, "a", null, 50, null, CancellationToken.None);

        Assert.Empty(open);
        Assert.Empty(all.Items);
    }

    [Theory]
    [InlineData("19:abc/def#g?h@thread.tacv2")]
    [InlineData("a:x' or RowKey ne '")]
    public async Task FindAsync_ConversationIdWithKeyCharacters_Found(string conversationId)
    {
        var tables = await CrmTables.CreateAsync(azurite);
        var reference = new Teams.Schema.ConversationReference { ServiceUrl = "https://x/", ConversationId = conversationId, TenantId = "t" };
        await tables.Conversations.SaveAsync("0882", reference, CancellationToken.None);

        Assert.Equal(reference, await tables.Conversations.FindAsync("0882", conversationId, CancellationToken.None));
        Assert.Null(await tables.Conversations.FindAsync("0882", "a:x", CancellationToken.None));
    }
}
