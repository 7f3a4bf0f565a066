using NaringslivCrm.Domain.Common;

namespace NaringslivCrm.Domain.FollowUps;

/// <summary>Tells officers about follow-ups (the bot implements it with proactive messages).</summary>
public interface IFollowUpNotifier
{
    /// <summary>A follow-up was given to its current owner by <paramref name="by"/>.</summary>
    Task AssignedAsync(FollowUp followUp, UserRef by, CancellationToken cancellationToken = default);
}
