using NaringslivCrm.Bot.Storage;

namespace NaringslivCrm.Bot.Hosting;

/// <summary>
/// The loop of the app's background jobs (reminders, digest, redelivery clean-up, retention): a round now (or after the
/// first interval), then one every interval on the TimeProvider's clock, until the host stops. A round that fails
/// because storage or a remote service did not answer is logged and the next tick tries again; any other exception
/// stops the job, so a bug surfaces instead of repeating quietly.
/// </summary>
public static partial class PeriodicRounds
{
    public static async Task RunAsync(
        string job, TimeSpan every, TimeProvider time, ILogger logger, Func<CancellationToken, Task> round, CancellationToken stoppingToken, bool runAtStart = true)
    {
        using var timer = new PeriodicTimer(every, time);
        if (!runAtStart && !await timer.WaitForNextTickAsync(stoppingToken))
        {
            return;
        }

        do
        {
            try
            {
                await round(stoppingToken);
            }
            catch (Exception e) when (StorageFailure.IsTransient(e) || e is HttpRequestException)
            {
                LogRoundFailed(logger, job, e.GetType().Name);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Job} round failed ({Error}); the next tick tries again")]
    private static partial void LogRoundFailed(ILogger logger, string job, string error);
}
