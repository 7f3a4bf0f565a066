using Azure;
using Azure.Data.Tables;
using NaringslivCrm.Bot.Storage;
using NaringslivCrm.Bot.Reminders;

namespace NaringslivCrm.Bot.Storage.Reminders;

/// <summary>
/// Table "ReminderDelivery": PartitionKey = kommunkod, RowKey = "u|" (bot card) or "f|" (activity feed) + escaped Entra
/// object id. A row exists only while the officer cannot be reached that way, so the manager's list is one partition
/// read of a handful of rows, and a card that arrives does not hide a feed that does not.
/// </summary>
public sealed class TableDeliveryProblemLog(TableServiceClient service, TableNames names) : IDeliveryProblemLog
{
    public const string TableName = "ReminderDelivery";

    private TableClient Table => service.GetTableClient(names.Named(TableName));

    public async Task RecordAsync(string municipality, string officerId, string officerName, DeliveryProblemKind kind, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var key = Key(officerId, IsFeed(kind));
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

    public Task ClearAsync(string municipality, string officerId, CancellationToken cancellationToken) =>
        DeleteAsync(municipality, Key(officerId, feed: false), cancellationToken);

    public Task ClearFeedAsync(string municipality, string officerId, CancellationToken cancellationToken) =>
        DeleteAsync(municipality, Key(officerId, feed: true), cancellationToken);

    private async Task DeleteAsync(string municipality, string key, CancellationToken cancellationToken)
    {
        try
        {
            await Table.DeleteEntityAsync(municipality, key, ETag.All, cancellationToken);
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

        return [.. result.OrderBy(p => p.OfficerName, StringComparer.CurrentCulture).ThenBy(p => p.Kind)];
    }

    private static bool IsFeed(DeliveryProblemKind kind) =>
        kind is DeliveryProblemKind.FeedWithoutApp or DeliveryProblemKind.FeedAppMismatch or DeliveryProblemKind.FeedPermission;

    private static string Key(string officerId, bool feed) => (feed ? "f|" : "u|") + TableKeys.Escape(officerId);
}
