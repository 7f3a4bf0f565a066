using Microsoft.Extensions.Options;
using NaringslivCrm.Teams.Cards;
using NaringslivCrm.Teams.Connector;
using NaringslivCrm.Teams.Schema;
using NaringslivCrm.Bot.Storage;
using NaringslivCrm.Bot.Storage.Digest;

namespace NaringslivCrm.Bot.Digest;

/// <summary>
/// Every tick (TimeProvider, Europe/Stockholm): once the week's scheduled time has passed (default Monday 07:00), every
/// activated conversation that has not had the digest of the ISO week that just ended gets it. A host that was down at 07:00 catches up when
/// it starts (the same week only; an old week is never sent late). Each conversation is claimed before sending, so a
/// week goes out once per conversation; a failed send gives the claim back for the next tick.
/// </summary>
public sealed partial class DigestScheduler(
    DigestBuilder builder,
    DigestStore store,
    IConnectorClient connector,
    IOptions<DigestOptions> options,
    DigestLink link,
    TimeProvider time,
    ILogger<DigestScheduler> logger) : BackgroundService
{
    private static readonly TimeZoneInfo Stockholm = TimeZoneInfo.FindSystemTimeZoneById("Europe/Stockholm");

    /// <summary>One round; returns the number of conversations the digest was sent to.</summary>
    /// <param name="now">Send this week's digest now, whatever the schedule says (command "send-digest"); still once per conversation.</param>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken, bool now = false) =>
        (await RoundAsync(now, cancellationToken)).Sent;

    /// <summary>Command "send-digest": the week that just ended, now; the answer says what happened to each activated conversation.</summary>
    public Task<DigestRound> SendNowAsync(CancellationToken cancellationToken) => RoundAsync(now: true, cancellationToken);

    private async Task<DigestRound> RoundAsync(bool now, CancellationToken cancellationToken)
    {
        var local = TimeZoneInfo.ConvertTime(time.GetUtcNow(), Stockholm).DateTime;
        if (!now && WeeklySchedule.Parse(options.Value.Schedule)?.LatestInWeek(local) is null)
        {
            return new DigestRound(string.Empty, 0, 0, 0);
        }

        // Monday's digest is about the week that just ended; the claim is per reported week and conversation.
        var week = DigestBuilder.WeekBefore(DigestBuilder.WeekOf(DateOnly.FromDateTime(local)));
        var targets = await store.TargetsAsync(cancellationToken);
        NetworkDigest? digest = null;
        var sent = 0;
        var alreadyHad = 0;
        var failed = 0;
        foreach (var target in targets)
        {
            if (!await store.ClaimAsync(week, target.ConversationId, time.GetUtcNow(), cancellationToken))
            {
                alreadyHad++;
                continue;
            }

            try
            {
                digest ??= await builder.BuildAsync(week, cancellationToken);
                var card = DigestCard.Build(digest, target.Locale?.StartsWith("en", StringComparison.OrdinalIgnoreCase) == true, link.Value);
                await connector.SendToConversationAsync(target.ServiceUrl, target.ConversationId, new Activity
                {
                    Type = ActivityTypes.Message,
                    Attachments = [card.ToAttachment()],
                    Summary = card.FallbackText,
                    Conversation = new ConversationAccount { Id = target.ConversationId },
                }, cancellationToken);
                sent++;
            }
            catch (Exception e) when (e is HttpRequestException or ConnectorException or StorageException)
            {
                LogSendFailed(logger, week, e.GetType().Name);
                await store.ReleaseAsync(week, target.ConversationId, cancellationToken);
                failed++;
            }
        }

        if (sent > 0)
        {
            LogSent(logger, week, sent);
        }

        return new DigestRound(week, sent, alreadyHad, failed);
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) => options.Value.Enabled
        ? Hosting.PeriodicRounds.RunAsync("Digest", options.Value.Tick, time, logger, ct => RunOnceAsync(ct), stoppingToken)
        : Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Weekly digest {Week} sent to {Count} conversations")]
    private static partial void LogSent(ILogger logger, string week, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Weekly digest {Week} could not be sent ({Error}); the next round tries again")]
    private static partial void LogSendFailed(ILogger logger, string week, string error);
}
