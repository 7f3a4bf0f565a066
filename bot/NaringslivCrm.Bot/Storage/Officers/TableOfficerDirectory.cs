using System.Collections.Concurrent;
using Azure.Data.Tables;
using NaringslivCrm.Bot.Storage;
using NaringslivCrm.Domain.Common;
using NaringslivCrm.Domain.Municipalities;
using NaringslivCrm.Bot.Officers;

namespace NaringslivCrm.Bot.Storage.Officers;

/// <summary>
/// Table "Officers": PartitionKey = kommunkod, RowKey = escaped user id; Name. Each user is written once per process
/// (remembered in memory), so talking to the bot costs no extra write per message.
/// </summary>
public sealed class TableOfficerDirectory(TableServiceClient service, TableNames names) : IOfficerDirectory
{
    private readonly ConcurrentDictionary<string, string> written = new();

    private TableClient Table => service.GetTableClient(names.Named("Officers"));

    public async Task RememberAsync(MunicipalityCode municipality, UserRef user, CancellationToken cancellationToken)
    {
        var key = municipality.Value + "|" + user.UserId;
        if (written.TryGetValue(key, out var name) && name == user.DisplayName)
        {
            return;
        }

        await Table.UpsertEntityAsync(new TableEntity(municipality.Value, TableKeys.Escape(user.UserId))
        {
            ["UserId"] = user.UserId,
            ["Name"] = user.DisplayName,
        }, TableUpdateMode.Replace, cancellationToken);
        written[key] = user.DisplayName;
    }

    public async Task<IReadOnlyList<UserRef>> ListAsync(MunicipalityCode municipality, CancellationToken cancellationToken)
    {
        var result = new List<UserRef>();
        await foreach (var e in Table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {municipality.Value}"), cancellationToken: cancellationToken))
        {
            result.Add(new UserRef(e.GetString("UserId"), e.GetString("Name") ?? e.GetString("UserId")));
        }

        return [.. result.OrderBy(u => u.DisplayName, StringComparer.CurrentCultureIgnoreCase)];
    }
}
