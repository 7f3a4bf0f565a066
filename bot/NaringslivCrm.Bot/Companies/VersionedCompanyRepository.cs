using NaringslivCrm.Bot.Import;
using NaringslivCrm.Domain.Common;
using NaringslivCrm.Domain.Companies;
using NaringslivCrm.Domain.Municipalities;

namespace NaringslivCrm.Bot.Companies;

/// <summary>Moves the municipality's <see cref="CompanyRegisterVersions"/> after every successful save or import of firms.</summary>
public sealed class VersionedCompanyRepository<TInner>(TInner inner, CompanyRegisterVersions versions) : ICompanyRepository, ICompanyImportStore
    where TInner : ICompanyRepository, ICompanyImportStore
{
    public Task<Company?> GetAsync(MunicipalityCode municipality, OrgNumber orgNumber, CancellationToken cancellationToken = default) =>
        inner.GetAsync(municipality, orgNumber, cancellationToken);

    public Task<IReadOnlyList<Company>> ListAsync(MunicipalityCode municipality, CancellationToken cancellationToken = default) =>
        inner.ListAsync(municipality, cancellationToken);

    public async Task<Result> SaveAsync(Company company, CancellationToken cancellationToken = default)
    {
        var result = await inner.SaveAsync(company, cancellationToken);
        if (result.IsSuccess)
        {
            versions.Changed(company.Municipality);
        }

        return result;
    }

    public async Task UpsertRegisterDataAsync(MunicipalityCode municipality, IReadOnlyList<CompanyRegisterRow> rows, CancellationToken cancellationToken)
    {
        try
        {
            await inner.UpsertRegisterDataAsync(municipality, rows, cancellationToken);
        }
        finally
        {
            versions.Changed(municipality); // also after a partial import: what was written is in the register.
        }
    }
}
