using Azure;
using Azure.Data.Tables;

namespace NaringslivCrm.Bot.Storage.Contacts;

/// <summary>
/// Submits a transaction whose last actions update counter rows. When the transaction fails on one of those (another
/// writer changed the counter between our read and our write: 412, or created it: 409), nothing was written, so the
/// transaction is built again from fresh reads and resubmitted. A failure on a record action is the caller's to handle.
/// </summary>
internal static class CounterTransaction
{
    public const int MaxAttempts = 8;

    public sealed record Built(IReadOnlyList<TableTransactionAction> Records, IReadOnlyList<TableTransactionAction> Counters);

    public static async Task<Response<IReadOnlyList<Response>>> SubmitAsync(
        TableClient table, Func<CancellationToken, Task<Built>> build, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var built = await build(cancellationToken);
            try
            {
                return await table.SubmitAsync([.. built.Records, .. built.Counters], cancellationToken);
            }
            catch (TableTransactionFailedException e) when (
                attempt < MaxAttempts && e.Status is 409 or 412 && e.FailedTransactionActionIndex >= built.Records.Count)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(5, 20 * attempt)), cancellationToken);
            }
        }
    }
}
