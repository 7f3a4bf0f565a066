using NaringslivCrm.Bot.Api.Auth;

namespace NaringslivCrm.Bot.Privacy.Audit;

/// <summary>Audit from a tab API endpoint: the signed-in user is the actor.</summary>
public static class AuditHttpExtensions
{
    public static Task AuditAsync(this HttpContext http, AuditAction action, AuditSubject subject, string subjectId, string? detail, CancellationToken cancellationToken) =>
        http.RequestServices.GetRequiredService<AuditTrail>().RecordAsync(http.TabUser().Municipality.Code, action, subject, subjectId, detail, cancellationToken);
}
