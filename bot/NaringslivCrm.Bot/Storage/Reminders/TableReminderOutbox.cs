using System.Globalization;
using Azure;
using Azure.Data.Tables;
using NaringslivCrm.Bot.Storage;
using NaringslivCrm.Bot.Reminders;

namespace NaringslivCrm.Bot.Storage.Reminders;

/// <summary>
/// Table "Outbox": PartitionKey = kommunkod, RowKey = "{kind}|{follow-up id}|{due yyyyMMdd}" (assigned entries add
/// "|{version}"). Queueing is an insert, so the store's uniqueness guarantees one entry per (follow-up, kind, due date).
/// </summary>
public sealed class TableReminderOutbox(TableServiceClient service, TableNames names) : IReminderOutbox
{
    private TableClient Table => service.GetTableClient(names.Named("Outbox"));

    /// <summary>The entry's row key: assigned entries are one per hand-over (the version), the others one per due date.</summary>
    public static string Key(OutboxEntry e) => e.Identity;

    public async Task<bool> TryQueueAsync(OutboxEntry entry, CancellationToken cancellationToken)
    {
        try
        {
            await Table.AddEntityAsync(ToEntity(entry), cancellationToken);
            return true;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            return false;
        }
    }

    public async Task<IReadOnlyList<OutboxEntry>> DueAsync(string municipality, DateTimeOffset now, int max, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {municipality} and Done eq false and NextAttemptAt le {now}");
        var result = new List<OutboxEntry>();
        await foreach (var e in Table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            result.Add(FromEntity(e));
            if (result.Count >= max)
            {
                break;
            }
        }

        return result;
    }

    public async Task<OutboxEntry?> SaveAsync(OutboxEntry entry, CancellationToken cancellationToken)
    {
        try
        {
            var response = await Table.UpdateEntityAsync(ToEntity(entry), new ETag(entry.ETag!), TableUpdateMode.Replace, cancellationToken);
            return entry with { ETag = response.Headers.ETag?.ToString() };
        }
        catch (RequestFailedException e) when (e.Status is 412 or 404)
        {
            return null;
        }
    }

    public async Task<IReadOnlyList<OutboxEntry>> AllAsync(string municipality, CancellationToken cancellationToken)
    {
        var result = new List<OutboxEntry>();
        await foreach (var e in Table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {municipality}"), cancellationToken: cancellationToken))
        {
            result.Add(FromEntity(e));
        }

        return result;
    }

    private static TableEntity ToEntity(OutboxEntry o) => new(o.Municipality, Key(o))
    {
        ["Kind"] = o.Kind.ToString(),
        ["FollowUpId"] = o.FollowUpId.ToString("N"),
        ["DueDate"] = o.DueDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["OwnerId"] = o.OwnerId,
        ["OwnerName"] = o.OwnerName,
        ["CompanyName"] = o.CompanyName,
        ["Description"] = o.Description,
        ["Actor"] = o.Actor,
        ["ActorId"] = o.ActorId,
        ["Version"] = o.Version,
        ["FeedClaimedAt"] = o.FeedClaimedAt,
        ["FeedSentAt"] = o.FeedSentAt,
        ["CardClaimedAt"] = o.CardClaimedAt,
        ["CardSentAt"] = o.CardSentAt,
        ["CardActivityId"] = o.CardActivityId,
        ["Problem"] = o.Problem,
        ["Attempts"] = o.Attempts,
        ["NextAttemptAt"] = o.NextAttemptAt,
        ["Done"] = o.Done,
    };

    private static OutboxEntry FromEntity(TableEntity e) => new()
    {
        Municipality = e.PartitionKey,
        Kind = Enum.Parse<ReminderKind>(e.GetString("Kind")),
        FollowUpId = Guid.Parse(e.GetString("FollowUpId")),
        DueDate = DateOnly.Parse(e.GetString("DueDate"), CultureInfo.InvariantCulture),
        OwnerId = e.GetString("OwnerId"),
        OwnerName = e.GetString("OwnerName") ?? string.Empty,
        CompanyName = e.GetString("CompanyName") ?? string.Empty,
        Description = e.GetString("Description") ?? string.Empty,
        Actor = e.GetString("Actor"),
        ActorId = e.GetString("ActorId"),
        Version = e.GetInt32("Version") ?? 0,
        FeedClaimedAt = e.GetDateTimeOffset("FeedClaimedAt"),
        FeedSentAt = e.GetDateTimeOffset("FeedSentAt"),
        CardClaimedAt = e.GetDateTimeOffset("CardClaimedAt"),
        CardSentAt = e.GetDateTimeOffset("CardSentAt"),
        CardActivityId = e.GetString("CardActivityId"),
        Problems = ReminderProblemText.Parse(e.GetString("Problem")).Problems,
        Note = ReminderProblemText.Parse(e.GetString("Problem")).Note,
        Attempts = e.GetInt32("Attempts") ?? 0,
        NextAttemptAt = e.GetDateTimeOffset("NextAttemptAt") ?? DateTimeOffset.MinValue,
        Done = e.GetBoolean("Done") ?? false,
        ETag = e.ETag.ToString(),
    };
}
