namespace NaringslivCrm.Domain.FollowUps;

/// <summary>Open → InProgress → Done. Done requires an återkoppling note.</summary>
public enum FollowUpStatus
{
    Open = 0,
    InProgress = 1,
    Done = 2,
}
