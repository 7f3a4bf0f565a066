using Azure;
using Azure.Data.Tables;

namespace NaringslivCrm.Bot.Storage;

/// <summary>
/// Submits a transaction and translates a failed action the way <see cref="StorageFailurePolicy"/> translates a failed
/// request: Table Storage answers a batch with 202 and the failed action's status inside, which the SDK throws as a
/// TableTransactionFailedException after the pipeline. 404, 409 and 412 stay the SDK's for the adapter to handle.
/// </summary>
public static class StorageTransactions
{
    public static async Task<Response<IReadOnlyList<Response>>> SubmitAsync(
        this TableClient table, IEnumerable<TableTransactionAction> actions, CancellationToken cancellationToken)
    {
        var list = actions as IReadOnlyList<TableTransactionAction> ?? [.. actions];
        try
        {
            return await table.SubmitTransactionAsync(list, cancellationToken);
        }
        catch (TableTransactionFailedException e) when (!StorageFailurePolicy.HandledByAdapters(e.Status))
        {
            var translated = StorageFailure.Translate(e);
            if (translated.Kind != StorageFailureKind.RefusedValue)
            {
                throw translated;
            }

            var failed = e.FailedTransactionActionIndex is { } i && i < list.Count ? [list[i]] : list;
            var property = failed.Select(a => a.Entity is TableEntity t ? StorageLimits.OversizedProperty(t.Select(p => new KeyValuePair<string, object?>(p.Key, p.Value))) : null)
                .FirstOrDefault(p => p is not null);
            throw new StorageException(translated.Kind, translated.Status, translated.ErrorCode, e, property);
        }
    }
}
