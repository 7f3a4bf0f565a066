using NaringslivCrm.Domain.Common;

namespace NaringslivCrm.Bot.Import;

/// <summary>
/// Finds the columns of a register file by their headers, in Swedish or English, ignoring case, diacritics,
/// spaces, hyphens, a byte-order mark and a trailing colon ("Antal anställda", "SNI-kod", "Org.nr", "postort").
/// Organisationsnummer and namn are required; unknown columns are ignored.
/// </summary>
public sealed class CompanyColumns
{
    private static readonly Dictionary<string, CompanyColumn> Aliases = BuildAliases();

    private readonly Dictionary<CompanyColumn, (int Index, string Header)> found;

    private CompanyColumns(Dictionary<CompanyColumn, (int, string)> found) => this.found = found;

    public static Result<CompanyColumns> FromHeader(CsvRecord header)
    {
        ArgumentNullException.ThrowIfNull(header);
        var found = new Dictionary<CompanyColumn, (int, string)>();
        for (var i = 0; i < header.Fields.Count; i++)
        {
            if (Aliases.TryGetValue(Normalize(header.Fields[i]), out var column))
            {
                found.TryAdd(column, (i, header.Fields[i].TrimStart('\uFEFF').Trim()));
            }
        }

        var missing = new List<string>();
        if (!found.ContainsKey(CompanyColumn.OrgNumber))
        {
            missing.Add("organisationsnummer");
        }

        if (!found.ContainsKey(CompanyColumn.Name))
        {
            missing.Add("namn");
        }

        if (missing.Count > 0)
        {
            return new ValidationError(
                "import.columns-missing",
                $"Rubrikraden saknar kolumnen {string.Join(" och ", missing)}. Rubriker som finns: {string.Join(", ", header.Fields)}.",
                $"The header row lacks the column(s) {string.Join(" and ", missing)}. Headers found: {string.Join(", ", header.Fields)}.");
        }

        return new CompanyColumns(found);
    }

    public int Count => found.Count;

    public bool Has(CompanyColumn column) => found.ContainsKey(column);

    /// <summary>The trimmed value of the column in a record; empty if the column or field is missing.</summary>
    public string Value(CsvRecord record, CompanyColumn column) =>
        found.TryGetValue(column, out var c) ? record.Field(c.Index).Trim() : string.Empty;

    /// <summary>The header as written in the file, for error reports.</summary>
    public string Header(CompanyColumn column) => found.TryGetValue(column, out var c) ? c.Header : DefaultHeader(column);

    private static string DefaultHeader(CompanyColumn column) => column switch
    {
        CompanyColumn.OrgNumber => "organisationsnummer",
        CompanyColumn.Name => "namn",
        CompanyColumn.Sni => "sni",
        CompanyColumn.Street => "gatuadress",
        CompanyColumn.PostalCode => "postnummer",
        CompanyColumn.City => "ort",
        _ => "anställda",
    };

    private static string Normalize(string header)
    {
        var folded = TextSearch.Normalize(header.TrimStart('\uFEFF'));
        return new string([.. folded.Where(char.IsAsciiLetterOrDigit)]);
    }

    private static Dictionary<string, CompanyColumn> BuildAliases()
    {
        var aliases = new Dictionary<string, CompanyColumn>(StringComparer.Ordinal);
        void Add(CompanyColumn column, params string[] names)
        {
            foreach (var n in names)
            {
                aliases[n] = column;
            }
        }

        Add(CompanyColumn.OrgNumber, "organisationsnummer", "orgnr", "orgnummer", "organisationsnr", "orgno", "organisationnumber",
            "orgnumber", "corporateidentitynumber", "companyregistrationnumber", "registrationnumber");
        Add(CompanyColumn.Name, "namn", "foretagsnamn", "foretag", "firmanamn", "firma", "bolagsnamn", "name", "companyname", "company");
        Add(CompanyColumn.Sni, "sni", "snikod", "sni2007", "snikod2007", "snicode", "nace", "nacecode", "industrycode");
        Add(CompanyColumn.Street, "gatuadress", "adress", "besoksadress", "utdelningsadress", "street", "streetaddress", "address");
        Add(CompanyColumn.PostalCode, "postnummer", "postnr", "postalcode", "zip", "zipcode", "postcode");
        Add(CompanyColumn.City, "ort", "postort", "stad", "city", "town");
        Add(CompanyColumn.Employees, "anstallda", "antalanstallda", "antalanst", "anst", "storleksklass", "employees",
            "numberofemployees", "staff", "headcount");
        return aliases;
    }
}
