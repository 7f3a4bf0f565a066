using NaringslivCrm.Domain.Companies;
using NaringslivCrm.Domain.Municipalities;

namespace NaringslivCrm.Bot.Import;

/// <summary>
/// Validates the rows of one file through the domain (OrgNumber, Company name rules, SniCode, Address) and refuses a
/// second row with an organisationsnummer seen earlier in the file. Every failed check of a row is reported.
/// </summary>
public sealed class CompanyRowParser(MunicipalityCode municipality, CompanyColumns columns, int headerWidth)
{
    private readonly Dictionary<string, int> seen = new(StringComparer.Ordinal);

    public ParsedRow Parse(CsvRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var errors = new List<ImportError>();
        void Fail(CompanyColumn column, string message) => errors.Add(new ImportError(record.Line, columns.Header(column), message));

        if (record.Unterminated)
        {
            errors.Add(new ImportError(record.Line, "(rad)", "Ett citattecken (\") öppnas men stängs aldrig; resten av filen blev ett enda fält."));
            return new ParsedRow(null, errors);
        }

        var orgNumber = OrgNumber.Parse(columns.Value(record, CompanyColumn.OrgNumber));
        if (!orgNumber.IsSuccess)
        {
            Fail(CompanyColumn.OrgNumber, orgNumber.Error.Swedish);
        }
        else if (seen.TryGetValue(orgNumber.Value.Digits, out var firstLine))
        {
            Fail(CompanyColumn.OrgNumber, $"Organisationsnumret {orgNumber.Value} finns redan på rad {firstLine}.");
        }
        else
        {
            seen[orgNumber.Value.Digits] = record.Line;
        }

        var name = columns.Value(record, CompanyColumn.Name);
        var company = orgNumber.IsSuccess ? Company.Register(municipality, orgNumber.Value, name) : Company.Register(municipality, OrgNumberForNameCheck, name);
        if (!company.IsSuccess)
        {
            Fail(CompanyColumn.Name, company.Error.Swedish);
        }

        SniCode? sni = null;
        var sniText = columns.Value(record, CompanyColumn.Sni);
        if (sniText.Length > 0)
        {
            var parsed = SniCode.Parse(sniText);
            if (parsed.IsSuccess)
            {
                sni = parsed.Value;
            }
            else
            {
                Fail(CompanyColumn.Sni, parsed.Error.Swedish);
            }
        }

        var address = ParseAddress(record, Fail);
        var employees = EmployeesBandParser.Parse(columns.Value(record, CompanyColumn.Employees));
        if (!employees.IsSuccess)
        {
            Fail(CompanyColumn.Employees, employees.Error.Swedish);
        }

        if (record.Fields.Skip(headerWidth).Any(f => !string.IsNullOrWhiteSpace(f)))
        {
            errors.Add(new ImportError(record.Line, "(rad)",
                $"Raden har {record.Fields.Count} fält men rubrikraden {headerWidth}; står avgränsaren i ett värde utan citattecken?"));
        }

        return errors.Count > 0
            ? new ParsedRow(null, errors)
            : new ParsedRow(new CompanyRegisterRow(orgNumber.Value, company.Value.Name, sni, address, employees.Value), errors);
    }

    /// <summary>Stands in for an invalid organisationsnummer so the name is still checked by Company.Register.</summary>
    private static OrgNumber OrgNumberForNameCheck { get; } = OrgNumber.Parse("5560360793").Value;

    private Address? ParseAddress(CsvRecord record, Action<CompanyColumn, string> fail)
    {
        var street = columns.Value(record, CompanyColumn.Street);
        var postal = columns.Value(record, CompanyColumn.PostalCode);
        var city = columns.Value(record, CompanyColumn.City);
        if (street.Length == 0 && postal.Length == 0 && city.Length == 0)
        {
            return null;
        }

        var address = Address.Create(street, postal, city);
        if (address.IsSuccess)
        {
            return address.Value;
        }

        fail(address.Error.Code == "address.postal-code" ? CompanyColumn.PostalCode : CompanyColumn.City, address.Error.Swedish);
        return null;
    }
}
