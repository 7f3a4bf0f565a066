using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using NaringslivCrm.Bot.Storage;
using NaringslivCrm.Bot.Tenancy;
using NaringslivCrm.Bot.Conversations;

namespace NaringslivCrm.Bot.Storage.Conversations;

/// <summary>Settings "ProcessedActivities": how long a claimed activity id is remembered, and how often old ones are removed.</summary>
public sealed class ProcessedActivityOptions
{
    /// <summary>The Bot Connector redelivers within minutes; two days covers any retry and a weekend restart.</summary>
    public TimeSpan KeepFor { get; set; } = TimeSpan.FromDays(2);

    public TimeSpan CleanupEvery { get; set; } = TimeSpan.FromHours(6);
}

/// <summary>
/// Removes the redelivery guard's claims (table "ProcessedActivities") older than <see cref="ProcessedActivityOptions.KeepFor"/>,
/// municipality by municipality, 100 deletes per transaction. Without it the table grows with every message ever received.
/// A claim deleted meanwhile (a failed turn released it) is skipped; a round that fails is logged and tried next time
/// (<see cref="Hosting.PeriodicRounds"/>).
/// </summary>
public sealed partial class ProcessedActivityCleanup(
    TableServiceClient service,
    TableNames names,
    IMunicipalityDirectory municipalities,
    IOptions<ProcessedActivityOptions> options,
    TimeProvider time,
    ILogger<ProcessedActivityCleanup> logger) : BackgroundService
{
    private TableClient Table => service.GetTableClient(names.ProcessedActivities);

    /// <summary>One round over every configured municipality; returns how many claims were removed.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var cutoff = time.GetUtcNow() - options.Value.KeepFor;
        var removed = 0;
        foreach (var m in municipalities.All)
        {
            var filter = TableClient.CreateQueryFilter($"PartitionKey eq {m.Code} and ClaimedAt lt {cutoff}");
            var old = Table.QueryAsync<TableEntity>(filter, maxPerPage: 1000, select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken);
            var batch = new List<TableTransactionAction>(100);
            await foreach (var e in old)
            {
                batch.Add(new TableTransactionAction(TableTransactionActionType.Delete, e, ETag.All));
                if (batch.Count == 100)
                {
                    removed += await DeleteAsync(batch, cancellationToken);
                }
            }

            removed += await DeleteAsync(batch, cancellationToken);
        }

        if (removed > 0)
        {
            LogRemoved(logger, removed, cutoff);
        }

        return removed;
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Hosting.PeriodicRounds.RunAsync("Redelivery-claim clean-up", options.Value.CleanupEvery, time, logger, RunOnceAsync, stoppingToken, runAtStart: false);

    private async Task<int> DeleteAsync(List<TableTransactionAction> batch, CancellationToken cancellationToken)
    {
        if (batch.Count == 0)
        {
            return 0;
        }

        var count = batch.Count;
        try
        {
            await Table.SubmitAsync(batch, cancellationToken);
        }
        catch (TableTransactionFailedException e) when (e.Status == 404)
        {
            // One claim went meanwhile (released by a failed turn): delete the rest one by one.
            foreach (var action in batch)
            {
                await Table.DeleteEntityAsync(action.Entity.PartitionKey, action.Entity.RowKey, ETag.All, cancellationToken);
            }
        }

        batch.Clear();
        return count;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Removed {Count} redelivery claims older than {Cutoff}")]
    private static partial void LogRemoved(ILogger logger, int count, DateTimeOffset cutoff);
}
