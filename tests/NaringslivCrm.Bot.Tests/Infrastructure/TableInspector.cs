using Azure.Data.Tables;

namespace NaringslivCrm.Bot.Tests.Infrastructure;

/// <summary>Reads every entity of a test's tables, to assert what was (or was not) stored.</summary>
public sealed class TableInspector(AzuriteFixture azurite, string prefix)
{
    private readonly TableServiceClient service = new(azurite.ConnectionString);

    public async Task<IReadOnlyList<(string Table, TableEntity Entity)>> AllEntitiesAsync()
    {
        var result = new List<(string, TableEntity)>();
        await foreach (var table in service.QueryAsync(t => t.Name.CompareTo(prefix) >= 0 && t.Name.CompareTo(prefix + "~") < 0))
        {
            await foreach (var e in service.GetTableClient(table.Name).QueryAsync<TableEntity>())
            {
                result.Add((table.Name[prefix.Length..], e));
            }
        }

        return result;
    }

    public async Task<int> CountAsync(string table)
    {
        var count = 0;
        await foreach (var _ in service.GetTableClient(prefix + table).QueryAsync<TableEntity>(select: ["PartitionKey"]))
        {
            count++;
        }

        return count;
    }
}
