using Azure;
using Azure.Data.Tables;
using NaringslivCrm.Bot.Storage;
using NaringslivCrm.Bot.Conversations;

namespace NaringslivCrm.Bot.Storage.Conversations;

/// <summary>
/// Table "ProcessedActivities": PartitionKey = kommunkod, RowKey = hash(conversation id, activity id). The claim is
/// an insert: the store's uniqueness is the lock, so concurrent redeliveries claim once.
/// </summary>
public sealed class TableProcessedActivityLog(TableServiceClient service, TableNames names, TimeProvider time) : IProcessedActivityLog
{
    private TableClient Table => service.GetTableClient(names.ProcessedActivities);

    public async Task<bool> TryClaimAsync(string municipalityCode, string conversationId, string activityId, CancellationToken cancellationToken)
    {
        var entity = new TableEntity(municipalityCode, TableKeys.Hash(conversationId, activityId))
        {
            ["ClaimedAt"] = time.GetUtcNow(),
        };
        try
        {
            await Table.AddEntityAsync(entity, cancellationToken);
            return true;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            return false;
        }
    }

    public async Task ReleaseAsync(string municipalityCode, string conversationId, string activityId, CancellationToken cancellationToken) =>
        await Table.DeleteEntityAsync(municipalityCode, TableKeys.Hash(conversationId, activityId), ETag.All, cancellationToken);
}
