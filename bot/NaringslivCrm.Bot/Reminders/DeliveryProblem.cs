namespace NaringslivCrm.Bot.Reminders;

/// <summary>Why the bot could not bring an officer a reminder card.</summary>
public enum DeliveryProblemKind
{
    /// <summary>No stored personal chat and creating one failed: the app is not installed for the officer.</summary>
    NotInstalled,

    /// <summary>Teams answered 403 MessageWritesBlocked: the officer blocked or removed the bot.</summary>
    Unreachable,
}

/// <summary>An officer the bot cannot reach, as the manager sees it; cleared when a card reaches them again.</summary>
public sealed record DeliveryProblem(string OfficerId, string OfficerName, DeliveryProblemKind Kind, DateTimeOffset Since, DateTimeOffset LastSeenAt);

/// <summary>Table "ReminderDelivery" (PartitionKey = kommunkod, one row per officer with a problem).</summary>
public interface IDeliveryProblemLog
{
    Task RecordAsync(string municipality, string officerId, string officerName, DeliveryProblemKind kind, DateTimeOffset at, CancellationToken cancellationToken);

    Task ClearAsync(string municipality, string officerId, CancellationToken cancellationToken);

    Task<IReadOnlyList<DeliveryProblem>> ListAsync(string municipality, CancellationToken cancellationToken);
}
