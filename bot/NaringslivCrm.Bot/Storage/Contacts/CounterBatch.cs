using Azure;
using Azure.Data.Tables;

namespace NaringslivCrm.Bot.Storage.Contacts;

/// <summary>
/// Changes to counter rows (company stats, service-level histograms, open follow-ups by creation day) that go into the
/// same transaction as the records they count. Every row is read first and written back under its ETag (or added when
/// absent), so two writers that count into the same row cannot lose each other's change: the loser's transaction fails
/// on the counter action and <see cref="CounterTransaction"/> rebuilds it from fresh reads.
/// </summary>
internal sealed class CounterBatch(string partitionKey)
{
    private readonly Dictionary<string, List<Action<TableEntity>>> changes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> deleteWhenZero = new(StringComparer.Ordinal);

    public bool IsEmpty => changes.Count == 0;

    /// <summary>Queues a change of one row; several changes of the same row are applied in order to one write.</summary>
    public CounterBatch Change(string rowKey, Action<TableEntity> change)
    {
        if (!changes.TryGetValue(rowKey, out var list))
        {
            changes[rowKey] = list = [];
        }

        list.Add(change);
        return this;
    }

    /// <summary>Adds <paramref name="delta"/> to an integer column, never below zero.</summary>
    public CounterBatch Add(string rowKey, string column, int delta) =>
        delta == 0 ? this : Change(rowKey, e => e[column] = Math.Max(0, (e.GetInt32(column) ?? 0) + delta));

    /// <summary>Removes the row when its <paramref name="column"/> falls to zero (keeps ranges of such rows short).</summary>
    public CounterBatch DeleteWhenZero(string rowKey, string column)
    {
        deleteWhenZero[rowKey] = column;
        return this;
    }

    public async Task<IReadOnlyList<TableTransactionAction>> ActionsAsync(TableClient table, CancellationToken cancellationToken)
    {
        var reads = changes.Keys.Select(async key =>
        {
            var hit = await table.GetEntityIfExistsAsync<TableEntity>(partitionKey, key, cancellationToken: cancellationToken);
            var row = hit.HasValue ? hit.Value! : new TableEntity(partitionKey, key);
            foreach (var change in changes[key])
            {
                change(row);
            }

            var empty = deleteWhenZero.TryGetValue(key, out var column) && (row.GetInt32(column) ?? 0) == 0;
            return (hit.HasValue, empty) switch
            {
                (false, true) => null,
                (false, false) => new TableTransactionAction(TableTransactionActionType.Add, row),
                (true, true) => new TableTransactionAction(TableTransactionActionType.Delete, row, row.ETag),
                (true, false) => new TableTransactionAction(TableTransactionActionType.UpdateReplace, row, row.ETag),
            };
        });
        return [.. (await Task.WhenAll(reads)).OfType<TableTransactionAction>()];
    }
}
