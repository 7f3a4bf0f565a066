namespace NaringslivCrm.Bot.Privacy.Audit;

/// <summary>Writes audit entries in the name of the current actor (tab user, chat user) or of the app, with the clock's time.</summary>
public sealed class AuditTrail(IAuditLog log, AuditActorAccessor actors, TimeProvider time)
{
    public Task RecordAsync(string municipality, AuditAction action, AuditSubject subject, string subjectId, string? detail, CancellationToken cancellationToken)
    {
        var actor = actors.Current;
        return log.RecordAsync(new AuditEntry(time.GetUtcNow(), municipality, actor.Id, actor.Name, actor.Channel, action, subject, subjectId, detail), cancellationToken);
    }

    public Task SystemAsync(string municipality, AuditAction action, AuditSubject subject, string subjectId, string? detail, CancellationToken cancellationToken) =>
        log.RecordAsync(new AuditEntry(time.GetUtcNow(), municipality, AuditActor.System.Id, AuditActor.System.Name, AuditChannel.System, action, subject, subjectId, detail), cancellationToken);
}
