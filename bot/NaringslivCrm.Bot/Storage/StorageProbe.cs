using Azure.Data.Tables;

namespace NaringslivCrm.Bot.Storage;

/// <summary>Readiness: whether Table Storage answers (one read of at most one row).</summary>
public sealed class StorageProbe(TableServiceClient service, TableNames names)
{
    public async Task<bool> AnswersAsync(CancellationToken cancellationToken)
    {
        try
        {
            await service.GetTableClient(names.ConversationReferences).QueryAsync<TableEntity>(maxPerPage: 1, cancellationToken: cancellationToken)
                .AsPages().GetAsyncEnumerator(cancellationToken).MoveNextAsync();
            return true;
        }
        catch (Exception e) when (e is StorageException or Azure.RequestFailedException or HttpRequestException)
        {
            return false;
        }
    }
}
