namespace NaringslivCrm.Bot.Conversations;

/// <summary>Remembers which activities were handled, so a redelivered one is ignored.</summary>
public interface IProcessedActivityLog
{
    /// <summary>Claims the activity; false when it was claimed before (a redelivery).</summary>
    Task<bool> TryClaimAsync(string municipalityCode, string conversationId, string activityId, CancellationToken cancellationToken);

    /// <summary>Releases a claim whose turn failed, so a redelivery can try again.</summary>
    Task ReleaseAsync(string municipalityCode, string conversationId, string activityId, CancellationToken cancellationToken);
}
