using NaringslivCrm.Domain.Common;
using NaringslivCrm.Domain.FollowUps;

namespace NaringslivCrm.Bot.FollowUps.Changes;

public enum FollowUpChangeOutcome
{
    Changed,
    NotFound,

    /// <summary>Someone else's follow-up: <see cref="FollowUpChangeResult.FollowUp"/> is null, nothing of it is shown.</summary>
    Forbidden,
    VersionRequired,

    /// <summary>Changed by someone else since the version the user saw; FollowUp is the current one, nothing written.</summary>
    Stale,
    Invalid,
}

/// <summary>What a change did. <see cref="Error"/> is always set unless it succeeded; FollowUp only when the actor may see it.</summary>
public sealed record FollowUpChangeResult(FollowUpChangeOutcome Outcome, FollowUp? FollowUp, ValidationError? Error)
{
    public bool Changed => Outcome == FollowUpChangeOutcome.Changed;

    public static FollowUpChangeResult Done(FollowUp f) => new(FollowUpChangeOutcome.Changed, f, null);

    public static FollowUpChangeResult NotFound { get; } = new(FollowUpChangeOutcome.NotFound, null, FollowUpErrors.NotFound);

    public static FollowUpChangeResult Forbidden { get; } = new(FollowUpChangeOutcome.Forbidden, null, FollowUpErrors.NotYours);

    public static FollowUpChangeResult VersionRequired(FollowUp current) => new(FollowUpChangeOutcome.VersionRequired, current, FollowUpErrors.VersionRequired);

    public static FollowUpChangeResult Stale(FollowUp? current) =>
        current is null ? NotFound : new(FollowUpChangeOutcome.Stale, current, FollowUpErrors.Changed);

    public static FollowUpChangeResult Invalid(FollowUp current, ValidationError error) => new(FollowUpChangeOutcome.Invalid, current, error);
}
