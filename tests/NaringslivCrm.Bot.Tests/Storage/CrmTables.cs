using Azure.Data.Tables;
using NaringslivCrm.Bot.Conversations;
using NaringslivCrm.Bot.Storage;
using NaringslivCrm.Bot.Storage.Companies;
using NaringslivCrm.Bot.Storage.Contacts;
using NaringslivCrm.Bot.Tests.Infrastructure;
using NaringslivCrm.Domain.Needs;
using NaringslivCrm.Bot.Storage.Conversations;

namespace NaringslivCrm.Bot.Tests.Storage;

/// <summary>The app's tables under a fresh prefix on the shared Azurite, with the real adapters over them.</summary>
public sealed class CrmTables
{
    private CrmTables(AzuriteFixture azurite, string prefix, TableServiceClient service)
    {
        Names = new TableNames(prefix);
        Service = service;
        Inspector = new TableInspector(azurite, prefix);
        Companies = new TableCompanyRepository(service, Names);
        Interactions = new TableInteractionRepository(service, Names, NeedCategoryCatalog.Default);
        FollowUps = new TableFollowUpRepository(service, Names);
        Conversations = new TableConversationReferenceRepository(service, Names);
    }

    public TableNames Names { get; }

    public TableServiceClient Service { get; }

    public TableInspector Inspector { get; }

    public TableCompanyRepository Companies { get; }

    public TableInteractionRepository Interactions { get; }

    public TableFollowUpRepository FollowUps { get; }

    public TableConversationReferenceRepository Conversations { get; }

    public static async Task<CrmTables> CreateAsync(AzuriteFixture azurite)
    {
        var prefix = "s" + Guid.NewGuid().ToString("N")[..10];
        var service = new TableServiceClient(azurite.ConnectionString, StorageClientOptions.Create());
        var names = new TableNames(prefix);
        foreach (var table in names.All)
        {
            await service.CreateTableIfNotExistsAsync(table);
        }

        return new CrmTables(azurite, prefix, service);
    }

    /// <summary>Row keys of table "Crm", sorted.</summary>
    public async Task<IReadOnlyList<string>> CrmKeysAsync() =>
        [.. (await Inspector.AllEntitiesAsync()).Where(e => e.Table == "Crm").Select(e => e.Entity.RowKey).Order(StringComparer.Ordinal)];
}
