namespace NaringslivCrm.Bot.Reminders;

/// <summary>The notification outbox (table "Outbox", PartitionKey = kommunkod).</summary>
public interface IReminderOutbox
{
    /// <summary>Queues the entry; false when this reminder was queued before (never sent twice).</summary>
    Task<bool> TryQueueAsync(OutboxEntry entry, CancellationToken cancellationToken);

    /// <summary>Entries not done whose next attempt is due.</summary>
    Task<IReadOnlyList<OutboxEntry>> DueAsync(string municipality, DateTimeOffset now, int max, CancellationToken cancellationToken);

    /// <summary>Saves progress with the entry's ETag: the saved entry (new ETag), or null if another dispatcher changed it meanwhile.</summary>
    Task<OutboxEntry?> SaveAsync(OutboxEntry entry, CancellationToken cancellationToken);

    /// <summary>Every entry of a municipality (managers: who could not be reached).</summary>
    Task<IReadOnlyList<OutboxEntry>> AllAsync(string municipality, CancellationToken cancellationToken);
}
