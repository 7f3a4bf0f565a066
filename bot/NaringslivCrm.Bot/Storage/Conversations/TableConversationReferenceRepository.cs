using Azure;
using Azure.Data.Tables;
using NaringslivCrm.Bot.Storage;
using NaringslivCrm.Teams.Schema;
using NaringslivCrm.Bot.Conversations;

namespace NaringslivCrm.Bot.Storage.Conversations;

/// <summary>
/// Table "ConversationReferences": PartitionKey = kommunkod; RowKey = "c|" + escaped conversation id, and for
/// personal chats also "u|" + the user's Entra object id pointing at the same reference (written in one transaction);
/// "w|" + conversation id marks that the welcome was sent.
/// </summary>
public sealed class TableConversationReferenceRepository(TableServiceClient service, TableNames names) : IConversationReferenceRepository
{
    private TableClient Table => service.GetTableClient(names.ConversationReferences);

    public async Task<bool> SaveAsync(string municipalityCode, ConversationReference reference, CancellationToken cancellationToken)
    {
        var actions = new List<TableTransactionAction>
        {
            new(TableTransactionActionType.UpsertReplace, ReferenceEntity.From(municipalityCode, ConversationKey(reference.ConversationId), reference)),
        };
        if (reference.ConversationType == "personal" && reference.UserAadObjectId is { Length: > 0 } oid)
        {
            actions.Add(new(TableTransactionActionType.UpsertReplace, ReferenceEntity.From(municipalityCode, UserKey(oid), reference)));
        }

        await Table.SubmitAsync(actions, cancellationToken);

        // Teams sends installationUpdate and conversationUpdate together on install, possibly at the same time:
        // inserting a marker row is the atomic "first time" check, so exactly one of them welcomes the user.
        try
        {
            await Table.AddEntityAsync(new TableEntity(municipalityCode, MarkerKey(reference.ConversationId)), cancellationToken);
            return true;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            return false;
        }
    }

    public async Task<ConversationReference?> FindAsync(string municipalityCode, string conversationId, CancellationToken cancellationToken) =>
        await GetAsync(municipalityCode, ConversationKey(conversationId), cancellationToken);

    public async Task<ConversationReference?> FindPersonalAsync(string municipalityCode, string aadObjectId, CancellationToken cancellationToken) =>
        await GetAsync(municipalityCode, UserKey(aadObjectId), cancellationToken);

    public async Task MarkRemovedAsync(string municipalityCode, string conversationId, CancellationToken cancellationToken)
    {
        var existing = await Table.GetEntityIfExistsAsync<ReferenceEntity>(municipalityCode, ConversationKey(conversationId), cancellationToken: cancellationToken);
        if (existing.HasValue)
        {
            // The conversation row, the personal-chat lookup row and the welcome marker go together.
            var entity = existing.Value!;
            entity.Removed = true;
            var actions = new List<TableTransactionAction>
            {
                new(TableTransactionActionType.UpdateReplace, entity, entity.ETag),
                new(TableTransactionActionType.Delete, new TableEntity(municipalityCode, MarkerKey(conversationId)), ETag.All),
            };
            if (entity.UserAadObjectId is { Length: > 0 } oid && entity.ConversationType == "personal")
            {
                var user = ReferenceEntity.From(municipalityCode, UserKey(oid), entity.ToReference());
                user.Removed = true;
                actions.Add(new(TableTransactionActionType.UpsertReplace, user));
            }

            try
            {
                await Table.SubmitAsync(actions, cancellationToken);
            }
            catch (TableTransactionFailedException e) when (e.Status == 404)
            {
                // No welcome marker (a delete of a missing row fails the batch): mark without it.
                actions.RemoveAt(1);
                await Table.SubmitAsync(actions, cancellationToken);
            }
        }
    }

    private async Task<ConversationReference?> GetAsync(string pk, string rk, CancellationToken cancellationToken)
    {
        var hit = await Table.GetEntityIfExistsAsync<ReferenceEntity>(pk, rk, cancellationToken: cancellationToken);
        return hit.HasValue && !hit.Value!.Removed ? hit.Value.ToReference() : null;
    }

    private static string ConversationKey(string conversationId) => "c|" + TableKeys.Escape(conversationId);

    private static string MarkerKey(string conversationId) => "w|" + TableKeys.Escape(conversationId);

    private static string UserKey(string aadObjectId) => "u|" + TableKeys.Escape(aadObjectId);

    private sealed class ReferenceEntity : ITableEntity
    {
        public string PartitionKey { get; set; } = string.Empty;
        public string RowKey { get; set; } = string.Empty;
        public DateTimeOffset? Timestamp { get; set; }
        public ETag ETag { get; set; }
        public string ServiceUrl { get; set; } = string.Empty;
        public string ConversationId { get; set; } = string.Empty;
        public string TenantId { get; set; } = string.Empty;
        public string? ConversationType { get; set; }
        public string? UserId { get; set; }
        public string? UserAadObjectId { get; set; }
        public string? UserName { get; set; }
        public string? BotId { get; set; }
        public string? Locale { get; set; }
        public bool Removed { get; set; }

        public static ReferenceEntity From(string pk, string rk, ConversationReference r) => new()
        {
            PartitionKey = pk,
            RowKey = rk,
            ServiceUrl = r.ServiceUrl,
            ConversationId = r.ConversationId,
            TenantId = r.TenantId,
            ConversationType = r.ConversationType,
            UserId = r.UserId,
            UserAadObjectId = r.UserAadObjectId,
            UserName = r.UserName,
            BotId = r.BotId,
            Locale = r.Locale,
        };

        public ConversationReference ToReference() => new()
        {
            ServiceUrl = ServiceUrl,
            ConversationId = ConversationId,
            TenantId = TenantId,
            ConversationType = ConversationType,
            UserId = UserId,
            UserAadObjectId = UserAadObjectId,
            UserName = UserName,
            BotId = BotId,
            Locale = Locale,
        };
    }
}
