namespace NaringslivCrm.Domain.FollowUps;

/// <summary>What someone did to a follow-up; one entry per change in its history.</summary>
public enum FollowUpAction
{
    Created = 0,
    Started = 1,
    Postponed = 2,
    Reassigned = 3,
    Closed = 4,
}
