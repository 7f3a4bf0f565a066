using NaringslivCrm.Domain.Municipalities;
using NaringslivCrm.Bot.Queries;

namespace NaringslivCrm.Bot.Privacy.Audit;

/// <summary>The append-only audit log: one partition per municipality and month, oldest first.</summary>
public interface IAuditLog
{
    /// <summary>Appends an entry. Never throws for a storage failure: the entry then goes to the error log in full.</summary>
    Task RecordAsync(AuditEntry entry, CancellationToken cancellationToken);

    Task<Page<AuditEntry>> PageAsync(MunicipalityCode municipality, DateOnly month, int pageSize, string? continuation, CancellationToken cancellationToken);
}
