using Azure;
using Azure.Data.Tables;

namespace NaringslivCrm.Bot.Storage;

/// <summary>Creates the tables at start-up (never in constructors), retrying while the emulator starts.</summary>
public sealed partial class TableInitializer(TableServiceClient service, TableNames names, ILogger<TableInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                foreach (var table in names.All.Distinct())
                {
                    await service.CreateTableIfNotExistsAsync(table, cancellationToken);
                }

                return;
            }
            catch (Exception e) when (attempt < 10 && e is StorageException or RequestFailedException or HttpRequestException or AggregateException)
            {
                LogRetry(logger, attempt, e.Message);
                await Task.Delay(TimeSpan.FromMilliseconds(300 * attempt), cancellationToken);
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Table storage not ready (attempt {Attempt}): {Reason}")]
    private static partial void LogRetry(ILogger logger, int attempt, string reason);
}
