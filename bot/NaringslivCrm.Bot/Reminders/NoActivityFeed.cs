namespace NaringslivCrm.Bot.Reminders;

/// <summary>Used when the app has no identity to call Graph with (local development): nothing is sent.</summary>
public sealed class NoActivityFeed : IActivityFeed
{
    public Task<FeedResult> NotifyAsync(FeedNotice notice, CancellationToken cancellationToken) =>
        Task.FromResult(new FeedResult(FeedOutcome.Failed, Problem: "GraphNotConfigured"));
}
