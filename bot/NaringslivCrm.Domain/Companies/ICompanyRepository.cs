using NaringslivCrm.Domain.Common;
using NaringslivCrm.Domain.Municipalities;

namespace NaringslivCrm.Domain.Companies;

/// <summary>The companies of one municipality.</summary>
public interface ICompanyRepository
{
    /// <summary>The company, or null if the municipality has not registered it.</summary>
    Task<Company?> GetAsync(MunicipalityCode municipality, OrgNumber orgNumber, CancellationToken cancellationToken = default);

    /// <summary>All companies of the municipality, ordered by name (also the quick-capture "known firms").</summary>
    Task<IReadOnlyList<Company>> ListAsync(MunicipalityCode municipality, CancellationToken cancellationToken = default);

    /// <summary>
    /// Inserts (Concurrency null) or updates with the company's concurrency token; stamps the new token on success.
    /// Fails with <see cref="Errors.ConcurrencyConflict"/> if someone saved in between, or on insert if it exists.
    /// </summary>
    Task<Result> SaveAsync(Company company, CancellationToken cancellationToken = default);
}
