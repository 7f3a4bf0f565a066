using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using NaringslivCrm.Bot.Storage;
using NaringslivCrm.Teams.Schema;
using NaringslivCrm.Bot.Digest;

namespace NaringslivCrm.Bot.Storage.Digest;

/// <summary>
/// Table "Digest": where the digest goes (PartitionKey "target", one row per conversation) and which week each
/// conversation has had (PartitionKey "sent|{yyyy-Www}"): the claim is an insert, so a week is sent at most once per
/// conversation, across restarts and several instances.
/// </summary>
public sealed class DigestStore(TableServiceClient service, TableNames names)
{
    public const string TableName = "Digest";

    private TableClient Table => service.GetTableClient(names.Named(TableName));

    public async Task ActivateAsync(ConversationReference reference, string activatedBy, DateTimeOffset at, CancellationToken cancellationToken) =>
        await Table.UpsertEntityAsync(new TableEntity("target", TableKeys.Hash(reference.ConversationId))
        {
            ["Reference"] = JsonSerializer.Serialize(reference),
            ["ActivatedBy"] = activatedBy,
            ["ActivatedAt"] = at,
        }, TableUpdateMode.Replace, cancellationToken);

    public async Task<IReadOnlyList<ConversationReference>> TargetsAsync(CancellationToken cancellationToken)
    {
        var result = new List<ConversationReference>();
        await foreach (var e in Table.QueryAsync<TableEntity>(x => x.PartitionKey == "target", cancellationToken: cancellationToken))
        {
            if (JsonSerializer.Deserialize<ConversationReference>(e.GetString("Reference")) is { } r)
            {
                result.Add(r);
            }
        }

        return result;
    }

    /// <summary>True when this call claimed the week for the conversation (nobody sent it before).</summary>
    public async Task<bool> ClaimAsync(string week, string conversationId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        try
        {
            await Table.AddEntityAsync(new TableEntity("sent|" + week, TableKeys.Hash(conversationId)) { ["ClaimedAt"] = at }, cancellationToken);
            return true;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            return false;
        }
    }

    /// <summary>Gives a claim back when the send failed, so the next round tries again.</summary>
    public Task ReleaseAsync(string week, string conversationId, CancellationToken cancellationToken) =>
        Table.DeleteEntityAsync("sent|" + week, TableKeys.Hash(conversationId), ETag.All, cancellationToken);
}
