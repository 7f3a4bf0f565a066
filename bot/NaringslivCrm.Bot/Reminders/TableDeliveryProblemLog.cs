using Azure;
using Azure.Data.Tables;
using NaringslivCrm.Bot.Storage;

namespace NaringslivCrm.Bot.Reminders;

/// <summary>
/// Table "ReminderDelivery": PartitionKey = kommunkod, RowKey = "u|" + escaped Entra object id. A row exists only
/// while the officer cannot be reached, so the manager's list is one partition read of a handful of rows.
/// </summary>
public sealed class TableDeliveryProblemLog(TableServiceClient service, TableNames names) : IDeliveryProblemLog
{
    public const string TableName = "ReminderDelivery";

    private TableClient Table => service.GetTableClient(names.Named(TableName));

    public async Task RecordAsync(string municipality, string officerId, string officerName, DeliveryProblemKind kind, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var key = Key(officerId);
        var existing = await Table.GetEntityIfExistsAsync<TableEntity>(municipality, key, cancellationToken: cancellationToken);
        var since = existing.HasValue && existing.Value!.GetString("Kind") == kind.ToString() ? existing.Value.GetDateTimeOffset("Since") ?? at : at;
        await Table.UpsertEntityAsync(new TableEntity(municipality, key)
        {
            ["OfficerId"] = officerId,
            ["OfficerName"] = officerName,
            ["Kind"] = kind.ToString(),
            ["Since"] = since,
            ["LastSeenAt"] = at,
        }, TableUpdateMode.Replace, cancellationToken);
    }

    public async Task ClearAsync(string municipality, string officerId, CancellationToken cancellationToken)
    {
        try
        {
            await Table.DeleteEntityAsync(municipality, Key(officerId), ETag.All, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            // Nothing recorded: the usual case.
        }
    }

    public async Task<IReadOnlyList<DeliveryProblem>> ListAsync(string municipality, CancellationToken cancellationToken)
    {
        var result = new List<DeliveryProblem>();
        await foreach (var e in Table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {municipality}"), cancellationToken: cancellationToken))
        {
            result.Add(new DeliveryProblem(e.GetString("OfficerId"), e.GetString("OfficerName") ?? e.GetString("OfficerId"),
                Enum.Parse<DeliveryProblemKind>(e.GetString("Kind")), e.GetDateTimeOffset("Since") ?? default, e.GetDateTimeOffset("LastSeenAt") ?? default));
        }

        return [.. result.OrderBy(p => p.OfficerName, StringComparer.CurrentCulture)];
    }

    private static string Key(string officerId) => "u|" + TableKeys.Escape(officerId);
}
