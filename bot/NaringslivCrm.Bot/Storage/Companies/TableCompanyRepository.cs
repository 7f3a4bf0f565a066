using Azure;
using Azure.Data.Tables;
using NaringslivCrm.Domain.Common;
using NaringslivCrm.Domain.Companies;
using NaringslivCrm.Domain.Municipalities;
using NaringslivCrm.Bot.Storage.Contacts;
using NaringslivCrm.Bot.Import;

namespace NaringslivCrm.Bot.Storage.Companies;

/// <summary>
/// Table "Companies": PartitionKey = kommunkod, RowKey = organisationsnummer (10 digits, never user text).
/// Contact persons are kept minimal (name, role, work phone and e-mail) as JSON on the company row.
/// </summary>
public sealed class TableCompanyRepository(TableServiceClient service, TableNames names) : ICompanyRepository, ICompanyImportStore
{
    private sealed record ContactDto(Guid Id, string Name, string? Role, string? WorkPhone, string? WorkEmail);

    private TableClient Table => service.GetTableClient(names.Companies);

    public async Task<Company?> GetAsync(MunicipalityCode municipality, OrgNumber orgNumber, CancellationToken cancellationToken = default)
    {
        var hit = await Table.GetEntityIfExistsAsync<TableEntity>(municipality.Value, orgNumber.Digits, cancellationToken: cancellationToken);
        return hit.HasValue ? Restore(hit.Value!) : null;
    }

    public async Task<IReadOnlyList<Company>> ListAsync(MunicipalityCode municipality, CancellationToken cancellationToken = default)
    {
        var result = new List<Company>();
        await foreach (var e in Table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {municipality.Value}"), cancellationToken: cancellationToken))
        {
            result.Add(Restore(e));
        }

        return [.. result.OrderBy(c => c.Name, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("sv-SE"), true))];
    }

    public async Task<Result> SaveAsync(Company company, CancellationToken cancellationToken = default)
    {
        var entity = ToEntity(company);
        try
        {
            var response = company.Concurrency is null
                ? await Table.AddEntityAsync(entity, cancellationToken)
                : await Table.UpdateEntityAsync(entity, new ETag(company.Concurrency), TableUpdateMode.Replace, cancellationToken);
            company.StampConcurrency(response.Headers.ETag?.ToString() ?? string.Empty);
            return Result.Success();
        }
        catch (RequestFailedException e) when (e.Status is 409 or 412 or 404)
        {
            return Errors.ConcurrencyConflict;
        }
    }

    public async Task UpsertRegisterDataAsync(MunicipalityCode municipality, IReadOnlyList<CompanyRegisterRow> rows, CancellationToken cancellationToken)
    {
        foreach (var chunk in rows.Chunk(100))
        {
            var actions = chunk.Select(r => new TableTransactionAction(TableTransactionActionType.UpsertMerge, RegisterEntity(municipality, r)));
            await Table.SubmitAsync(actions, cancellationToken);
        }
    }

    private static TableEntity RegisterEntity(MunicipalityCode municipality, CompanyRegisterRow r) => new(municipality.Value, r.OrgNumber.Digits)
    {
        ["Name"] = r.Name,
        ["NameKey"] = SearchKey(r.Name),
        ["Sni"] = r.Sni?.Digits,
        ["SniVersion"] = r.Sni?.Version,
        ["Street"] = r.Address?.Street,
        ["PostalCode"] = r.Address?.PostalCode,
        ["City"] = r.Address?.City,
        ["Employees"] = r.Employees.ToString(),
    };

    private static TableEntity ToEntity(Company c)
    {
        var e = new TableEntity(c.Municipality.Value, c.OrgNumber.Digits)
        {
            ["Name"] = c.Name,
            ["NameKey"] = SearchKey(c.Name),
            ["Sni"] = c.Sni?.Digits,
            ["SniVersion"] = c.Sni?.Version,
            ["Street"] = c.Address?.Street,
            ["PostalCode"] = c.Address?.PostalCode,
            ["City"] = c.Address?.City,
            ["Employees"] = c.Employees.ToString(),
            ["ResponsibleId"] = c.ResponsibleOfficer?.UserId,
            ["ResponsibleName"] = c.ResponsibleOfficer?.DisplayName,
            ["KeyAccount"] = c.IsKeyAccount,
            ["Contacts"] = StorageJson.Write(c.Contacts.Select(p => new ContactDto(p.Id, p.Name, p.Role, p.WorkPhone, p.WorkEmail))),
        };
        return e;
    }

    private static Company Restore(TableEntity e)
    {
        var sni = e.GetString("Sni") is { Length: > 0 } s ? SniCode.Parse(s, e.GetString("SniVersion") ?? SniCode.Sni2007) : null;
        var address = e.GetString("PostalCode") is { Length: > 0 } ? Address.Create(e.GetString("Street"), e.GetString("PostalCode"), e.GetString("City")) : null;
        var contacts = StorageJson.Read(e.GetString("Contacts"), Array.Empty<ContactDto>())
            .Select(d => ContactPerson.Create(d.Id, d.Name, d.Role, d.WorkPhone, d.WorkEmail))
            .Where(r => r.IsSuccess).Select(r => r.Value);
        return Company.Restore(
            MunicipalityCode.Parse(e.PartitionKey).Value,
            OrgNumber.Parse(e.RowKey).Value,
            e.GetString("Name") ?? e.RowKey,
            sni is { IsSuccess: true } ? sni.Value : null,
            address is { IsSuccess: true } ? address.Value : null,
            Enum.TryParse<EmployeesBand>(e.GetString("Employees"), out var band) ? band : EmployeesBand.Unknown,
            e.GetString("ResponsibleId") is { Length: > 0 } rid ? new UserRef(rid, e.GetString("ResponsibleName") ?? rid) : null,
            e.GetBoolean("KeyAccount") ?? false,
            contacts,
            e.ETag.ToString());
    }

    /// <summary>Lower case without diacritics, for name search.</summary>
    public static string SearchKey(string name) => TextSearch.Normalize(name);
}
