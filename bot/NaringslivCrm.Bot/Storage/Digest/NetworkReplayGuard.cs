using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using NaringslivCrm.Bot.Storage;
using NaringslivCrm.Bot.Digest;

namespace NaringslivCrm.Bot.Storage.Digest;

/// <summary>
/// Remembers the request ids of signed network requests for their clock-skew window, in table "NetworkRequests"
/// (PartitionKey = member id, RowKey = request id), so a captured request cannot be replayed inside the window, also
/// not against another instance of this installation: the insert is the check (409 = seen). Rows past the window are
/// removed from the member's partition on the way (a few a week).
/// </summary>
public sealed class NetworkReplayGuard(TableServiceClient service, TableNames names, IOptions<NetworkOptions> options, TimeProvider time)
{
    public const string TableName = "NetworkRequests";

    private TableClient Table => service.GetTableClient(names.Named(TableName));

    /// <summary>True the first time a request id is presented; false for every later presentation.</summary>
    public async Task<bool> FirstUseAsync(NetworkSignature.Caller caller, CancellationToken cancellationToken)
    {
        var partition = TableKeys.Escape(caller.Member.Id);
        try
        {
            await Table.AddEntityAsync(new TableEntity(partition, caller.Nonce) { ["At"] = caller.At }, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            return false;
        }

        // Skew on both sides of the request time: after twice the window a request with that id is refused by its time.
        var expired = time.GetUtcNow() - (2 * options.Value.MaxClockSkew);
        await foreach (var old in Table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {partition} and At lt {expired}"), select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken))
        {
            await Table.DeleteEntityAsync(old.PartitionKey, old.RowKey, ETag.All, cancellationToken);
        }

        return true;
    }
}
