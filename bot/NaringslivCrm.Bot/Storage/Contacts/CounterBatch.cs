using Azure;
using Azure.Data.Tables;
using NaringslivCrm.Bot.Queries;

namespace NaringslivCrm.Bot.Storage.Contacts;

/// <summary>
/// Changes to counter rows (company stats, service-level histograms, open follow-ups by creation day) that go into the
/// same transaction as the records they count. Every row is read first and written back under its ETag (or added when
/// absent), so two writers that count into the same row cannot lose each other's change: the loser's transaction fails
/// on the counter action and <see cref="CounterTransaction"/> rebuilds it from fresh reads.
/// </summary>
internal sealed class CounterBatch(string partitionKey)
{
    private readonly List<(string Key, Action<TableEntity, Func<string, TableEntity>> Change)> changes = [];
    private readonly Dictionary<string, string> deleteWhenZero = new(StringComparer.Ordinal);

    public bool IsEmpty => changes.Count == 0;

    /// <summary>Queues a change of one row; several changes of the same row are applied in order to one write.</summary>
    public CounterBatch Change(string rowKey, Action<TableEntity> change) => Change(rowKey, (row, _) => change(row));

    /// <summary>
    /// Queues a change that may also change other rows of the batch (through the second argument, which returns a row
    /// already queued, e.g. a week's firm count when a firm's first contact of the week appears). Changes run in the order
    /// they were queued, after every row has been read.
    /// </summary>
    public CounterBatch Change(string rowKey, Action<TableEntity, Func<string, TableEntity>> change)
    {
        changes.Add((rowKey, change));
        return this;
    }

    /// <summary>Adds <paramref name="delta"/> to an integer column, never below zero.</summary>
    public CounterBatch Add(string rowKey, string column, int delta) =>
        delta == 0 ? this : Change(rowKey, e => e[column] = Math.Max(0, (e.GetInt32(column) ?? 0) + delta));

    /// <summary>Adds <paramref name="sign"/> samples of <paramref name="tenths"/> days to a <see cref="DaysHistogram"/> column.</summary>
    public CounterBatch AddToHistogram(string rowKey, string column, int tenths, int sign) => Change(rowKey, e =>
    {
        var h = DaysHistogram.Parse(e.GetString(column));
        h.Add(tenths, sign);
        e[column] = h.ToString();
    });

    /// <summary>Removes the row when its <paramref name="column"/> falls to zero (keeps ranges of such rows short).</summary>
    public CounterBatch DeleteWhenZero(string rowKey, string column)
    {
        deleteWhenZero[rowKey] = column;
        return this;
    }

    public async Task<IReadOnlyList<TableTransactionAction>> ActionsAsync(TableClient table, CancellationToken cancellationToken)
    {
        var keys = changes.Select(c => c.Key).Distinct(StringComparer.Ordinal).ToList();
        var read = await Task.WhenAll(keys.Select(async key =>
        {
            var hit = await table.GetEntityIfExistsAsync<TableEntity>(partitionKey, key, cancellationToken: cancellationToken);
            return (Key: key, Existed: hit.HasValue, Row: hit.HasValue ? hit.Value! : new TableEntity(partitionKey, key));
        }));
        var rows = read.ToDictionary(r => r.Key, r => r.Row, StringComparer.Ordinal);
        foreach (var (key, change) in changes)
        {
            change(rows[key], k => rows[k]);
        }

        return [.. read.Select(r => Action(r.Existed, r.Row)).OfType<TableTransactionAction>()];
    }

    private TableTransactionAction? Action(bool existed, TableEntity row)
    {
        var empty = deleteWhenZero.TryGetValue(row.RowKey, out var column) && (row.GetInt32(column) ?? 0) == 0;
        return (existed, empty) switch
        {
            (false, true) => null,
            (false, false) => new TableTransactionAction(TableTransactionActionType.Add, row),
            (true, true) => new TableTransactionAction(TableTransactionActionType.Delete, row, row.ETag),
            (true, false) => new TableTransactionAction(TableTransactionActionType.UpdateReplace, row, row.ETag),
        };
    }
}
