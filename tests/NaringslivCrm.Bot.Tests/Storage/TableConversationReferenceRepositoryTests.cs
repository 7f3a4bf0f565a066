using NaringslivCrm.Bot.Tests.Infrastructure;
using NaringslivCrm.Teams.Schema;

namespace NaringslivCrm.Bot.Tests.Storage;

[Collection(AzuriteCollection.Name)]
public sealed class TableConversationReferenceRepositoryTests(AzuriteFixture azurite)
{
    private static ConversationReference Personal(string conversationId = "a:1xyz", string aadObjectId = "aad-anna") => new()
    {
        ServiceUrl = "https://smba.trafficmanager.net/emea/",
        ConversationId = conversationId,
        TenantId = "11111111-1111-1111-1111-111111111111",
        ConversationType = "personal",
        UserId = "29:anna",
        UserAadObjectId = aadObjectId,
        UserName = "Anna Lindqvist",
        Locale = "sv-SE",
    };

    [Fact]
    public async Task SaveAsync_NewThenExisting_TrueThenFalse()
    {
        var tables = await CrmTables.CreateAsync(azurite);

        var first = await tables.Conversations.SaveAsync("0882", Personal(), CancellationToken.None);
        var second = await tables.Conversations.SaveAsync("0882", Personal(), CancellationToken.None);

        Assert.Equal((true, false), (first, second));
        Assert.Equal(["c", "u"], await KindsOfRowsAsync(tables));
    }

    [Fact]
    public async Task FindPersonalAsync_ByAadObjectId_TheUsersConversation()
    {
        var tables = await CrmTables.CreateAsync(azurite);
        await tables.Conversations.SaveAsync("0882", Personal(), CancellationToken.None);

        var found = await tables.Conversations.FindPersonalAsync("0882", "aad-anna", CancellationToken.None);

        Assert.Equal(Personal(), found);
    }

    [Fact]
    public async Task FindAsync_OtherMunicipality_Null()
    {
        var tables = await CrmTables.CreateAsync(azurite);
        await tables.Conversations.SaveAsync("0882", Personal(), CancellationToken.None);

        Assert.Null(await tables.Conversations.FindAsync("2584", "a:1xyz", CancellationToken.None));
    }

    [Fact]
    public async Task MarkRemovedAsync_Saved_NotFoundAndNewAgainOnNextSave()
    {
        var tables = await CrmTables.CreateAsync(azurite);
        await tables.Conversations.SaveAsync("0882", Personal(), CancellationToken.None);

        await tables.Conversations.MarkRemovedAsync("0882", "a:1xyz", CancellationToken.None);

        Assert.Null(await tables.Conversations.FindAsync("0882", "a:1xyz", CancellationToken.None));
        Assert.True(await tables.Conversations.SaveAsync("0882", Personal(), CancellationToken.None));
    }

    [Fact]
    public async Task SaveAsync_ChannelConversation_NoUserRow()
    {
        var tables = await CrmTables.CreateAsync(azurite);

        await tables.Conversations.SaveAsync("0882", Personal("19:abc@thread.tacv2;messageid=1") with { ConversationType = "channel" }, CancellationToken.None);

        Assert.DoesNotContain("u", await KindsOfRowsAsync(tables));
        Assert.Null(await tables.Conversations.FindPersonalAsync("0882", "aad-anna", CancellationToken.None));
    }

    [Fact]
    public async Task MarkRemovedAsync_PersonalChat_FindPersonalReturnsNull()
    {
        var tables = await CrmTables.CreateAsync(azurite);
        await tables.Conversations.SaveAsync("0882", Personal(), CancellationToken.None);

        await tables.Conversations.MarkRemovedAsync("0882", "a:1xyz", CancellationToken.None);

        Assert.Null(await tables.Conversations.FindPersonalAsync("0882", "aad-anna", CancellationToken.None));
    }

    /// <summary>The key kinds of the stored rows (c = conversation, u = user), without the welcome marker.</summary>
    private static async Task<IReadOnlyList<string>> KindsOfRowsAsync(CrmTables tables) =>
        [.. (await tables.Inspector.AllEntitiesAsync())
            .Where(e => e.Table == "ConversationReferences")
            .Select(e => e.Entity.RowKey.Split('|')[0])
            .Where(k => k is "c" or "u")
            .Order(StringComparer.Ordinal)];
}
