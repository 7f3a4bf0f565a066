using NaringslivCrm.Domain.Companies;
using NaringslivCrm.Domain.Municipalities;

namespace NaringslivCrm.Bot.Import;

/// <summary>Bulk upsert of register data (name, SNI, address, size) by organisationsnummer; other fields are kept.</summary>
public interface ICompanyImportStore
{
    Task UpsertRegisterDataAsync(MunicipalityCode municipality, IReadOnlyList<CompanyRegisterRow> rows, CancellationToken cancellationToken);
}

/// <summary>One validated row of a company register file.</summary>
public sealed record CompanyRegisterRow(OrgNumber OrgNumber, string Name, SniCode? Sni, Address? Address, EmployeesBand Employees);
