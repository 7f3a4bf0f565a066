namespace NaringslivCrm.Bot.Privacy.Audit;

/// <summary>
/// One line of the audit log: who read or changed what, when, from where. It names records by id and never copies
/// their content, so the log holds no note text and no data about a firm's contact persons (an erased person stays
/// erased).
/// </summary>
public sealed record AuditEntry(
    DateTimeOffset At,
    string Municipality,
    string ActorId,
    string ActorName,
    AuditChannel Channel,
    AuditAction Action,
    AuditSubject Subject,
    string SubjectId,
    string? Detail = null);

public enum AuditChannel
{
    Bot,
    Tab,
    System,
}

public enum AuditAction
{
    Read,
    Create,
    Update,
    Export,
    Extract,
    Erase,
    Dispose,
}

public enum AuditSubject
{
    Company,
    Interaction,
    FollowUp,
    Person,
    AuditLog,
    Retention,
}
