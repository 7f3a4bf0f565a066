using NaringslivCrm.Domain.Common;
using NaringslivCrm.Domain.Companies;
using NaringslivCrm.Domain.Municipalities;

namespace NaringslivCrm.Domain.FollowUps;

/// <summary>Follow-ups of one municipality. New ones are added with their interaction (IInteractionRepository).</summary>
public interface IFollowUpRepository
{
    /// <summary>The follow-up, or null.</summary>
    Task<FollowUp?> GetAsync(MunicipalityCode municipality, Guid id, CancellationToken cancellationToken = default);

    /// <summary>The owner's follow-ups ordered by due date; done ones only if asked for.</summary>
    Task<IReadOnlyList<FollowUp>> ListByOwnerAsync(
        MunicipalityCode municipality, string ownerUserId, bool includeDone = false, CancellationToken cancellationToken = default);

    /// <summary>All follow-ups about a company ordered by due date.</summary>
    Task<IReadOnlyList<FollowUp>> ListByCompanyAsync(
        MunicipalityCode municipality, OrgNumber company, CancellationToken cancellationToken = default);

    /// <summary>Adds a follow-up made outside an interaction (e.g. from the tab).</summary>
    Task<Result> AddAsync(FollowUp followUp, CancellationToken cancellationToken = default);

    /// <summary>
    /// Saves changes using the follow-up's <see cref="FollowUp.Concurrency"/> token and stamps the new one;
    /// fails with <see cref="Errors.ConcurrencyConflict"/> if someone saved in between.
    /// </summary>
    Task<Result> UpdateAsync(FollowUp followUp, CancellationToken cancellationToken = default);
}
