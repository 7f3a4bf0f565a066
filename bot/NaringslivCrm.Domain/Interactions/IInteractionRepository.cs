using NaringslivCrm.Domain.Common;
using NaringslivCrm.Domain.Companies;
using NaringslivCrm.Domain.FollowUps;
using NaringslivCrm.Domain.Municipalities;

namespace NaringslivCrm.Domain.Interactions;

/// <summary>Interactions of one municipality, with their needs and signals.</summary>
public interface IInteractionRepository
{
    /// <summary>
    /// Saves a new interaction, its needs and signals and the follow-ups it created as one unit: all or nothing.
    /// Stamps concurrency tokens on success.
    /// </summary>
    Task<Result> AddAsync(Interaction interaction, IReadOnlyCollection<FollowUp> followUps, CancellationToken cancellationToken = default);

    /// <summary>The interaction, or null.</summary>
    Task<Interaction?> GetAsync(MunicipalityCode municipality, Guid id, CancellationToken cancellationToken = default);

    /// <summary>The company's interactions, newest first.</summary>
    Task<IReadOnlyList<Interaction>> ListByCompanyAsync(
        MunicipalityCode municipality, OrgNumber company, CancellationToken cancellationToken = default);

    /// <summary>Updates with the interaction's concurrency token; fails with <see cref="Errors.ConcurrencyConflict"/>.</summary>
    Task<Result> UpdateAsync(Interaction interaction, CancellationToken cancellationToken = default);
}
