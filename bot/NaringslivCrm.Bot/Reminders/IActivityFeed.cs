namespace NaringslivCrm.Bot.Reminders;

/// <summary>Teams activity-feed notifications (Microsoft Graph), in our terms.</summary>
public interface IActivityFeed
{
    Task<FeedResult> NotifyAsync(FeedNotice notice, CancellationToken cancellationToken);
}

/// <summary>One activity-feed notification to one user.</summary>
/// <param name="ChainId">Stable per reminder: a re-send replaces the earlier notification instead of adding one.</param>
public sealed record FeedNotice(string TenantId, string UserId, string ActivityType, string TopicText, string WebUrl, string Preview,
    IReadOnlyDictionary<string, string> TemplateParameters, long ChainId);

/// <summary>What came of a notification: sent, retry later (with a wait), or cannot be delivered.</summary>
public sealed record FeedResult(FeedOutcome Outcome, TimeSpan? RetryAfter = null, string? Problem = null);

public enum FeedOutcome
{
    Sent,
    RetryLater,

    /// <summary>Graph found no Teams app for the caller's Entra app installed for the recipient.</summary>
    NotInstalled,

    /// <summary>Graph found more than one Teams app with the caller's Entra app id (409 Conflict).</summary>
    AppMismatch,

    /// <summary>The Graph identity may not send (no TeamsActivity.Send, token refused, or Entra refused the app).</summary>
    PermissionMissing,

    Failed,
}
