using NaringslivCrm.Domain.Municipalities;

namespace NaringslivCrm.Bot.Queries;

/// <summary>Paged follow-up lists for screens, read from index rows only.</summary>
public interface IFollowUpQueries
{
    Task<Page<FollowUpSummary>> PageByOwnerAsync(MunicipalityCode municipality, string ownerUserId, bool? done, int pageSize, string? continuation, CancellationToken cancellationToken);

    /// <summary>A company's follow-ups by due date (open and done), from the FC| index rows.</summary>
    Task<Page<FollowUpSummary>> PageOfCompanyAsync(MunicipalityCode municipality, Domain.Companies.OrgNumber company, int pageSize, string? continuation, CancellationToken cancellationToken);

    /// <summary>A company's follow-ups due on or after <paramref name="from"/> and before <paramref name="before"/> (either open-ended).</summary>
    Task<IReadOnlyList<FollowUpSummary>> OfCompanyDueBetweenAsync(MunicipalityCode municipality, Domain.Companies.OrgNumber company, DateOnly? from, DateOnly? before, CancellationToken cancellationToken);

    /// <summary>Every follow-up of the municipality, page by page (F| main rows, in id order).</summary>
    Task<Page<FollowUpSummary>> PageAllAsync(MunicipalityCode municipality, int pageSize, string? continuation, CancellationToken cancellationToken);

    /// <summary>Open follow-ups by due date, optionally only those due on or before a date (overdue, due today).</summary>
    Task<Page<FollowUpSummary>> PageOpenByDueAsync(MunicipalityCode municipality, DateOnly? dueOnOrBefore, int pageSize, string? continuation, CancellationToken cancellationToken);
}
