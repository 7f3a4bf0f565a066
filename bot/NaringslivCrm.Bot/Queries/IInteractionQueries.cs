using NaringslivCrm.Domain.Companies;
using NaringslivCrm.Domain.Municipalities;

namespace NaringslivCrm.Bot.Queries;

/// <summary>Paged interaction lists and company stats for screens and cards.</summary>
public interface IInteractionQueries
{
    Task<Page<InteractionSummary>> PageByCompanyAsync(MunicipalityCode municipality, OrgNumber company, int pageSize, string? continuation, CancellationToken cancellationToken);

    Task<CompanyStats?> StatsAsync(MunicipalityCode municipality, OrgNumber company, CancellationToken cancellationToken);
}

/// <summary>A timeline line for an interaction (no note text).</summary>
public sealed record InteractionSummary(Guid Id, string Kind, DateOnly Date, bool Confidential, string RecordedByName, IReadOnlyList<string> NeedCategories, IReadOnlyList<string> SignalTypes);

/// <summary>
/// What is known about a company's activity without reading its records: the counters on its stats row, kept in the
/// same transaction as the contacts and follow-ups they count.
/// </summary>
public sealed record CompanyStats(DateOnly? LastContact, int OpenNeeds, int OpenSignals, int OpenFollowUps);
