namespace NaringslivCrm.Bot.Reminders;

/// <summary>Why the bot could not bring an officer a reminder card.</summary>
public enum DeliveryProblemKind
{
    /// <summary>No stored personal chat and creating one failed: the app is not installed for the officer.</summary>
    NotInstalled,

    /// <summary>Teams answered 403 MessageWritesBlocked: the officer blocked or removed the bot.</summary>
    Unreachable,

    /// <summary>Activity feed: Graph found no Teams app of ours installed for the officer.</summary>
    FeedWithoutApp,

    /// <summary>
    /// Activity feed: the Teams app Graph finds from Graph:ClientId is not ours (the officer has our app — the bot has a
    /// chat with them — yet Graph says it is not installed), or several Teams apps share that Entra app id (409).
    /// </summary>
    FeedAppMismatch,

    /// <summary>Activity feed: the Graph identity may not send (TeamsActivity.Send missing, token or app refused).</summary>
    FeedPermission,
}

/// <summary>An officer the bot cannot reach, as the manager sees it; cleared when a card reaches them again.</summary>
public sealed record DeliveryProblem(string OfficerId, string OfficerName, DeliveryProblemKind Kind, DateTimeOffset Since, DateTimeOffset LastSeenAt);

/// <summary>Table "ReminderDelivery" (PartitionKey = kommunkod, one row per officer and channel — bot card, activity feed — with a problem).</summary>
public interface IDeliveryProblemLog
{
    Task RecordAsync(string municipality, string officerId, string officerName, DeliveryProblemKind kind, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Clears the officer's bot-card problem (a card reached them).</summary>
    Task ClearAsync(string municipality, string officerId, CancellationToken cancellationToken);

    /// <summary>Clears the officer's activity-feed problem (a notification reached them).</summary>
    Task ClearFeedAsync(string municipality, string officerId, CancellationToken cancellationToken);

    Task<IReadOnlyList<DeliveryProblem>> ListAsync(string municipality, CancellationToken cancellationToken);
}
