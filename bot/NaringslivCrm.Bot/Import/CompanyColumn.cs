namespace NaringslivCrm.Bot.Import;

/// <summary>The columns a company register file can have.</summary>
public enum CompanyColumn
{
    OrgNumber,
    Name,
    Sni,
    Street,
    PostalCode,
    City,
    Employees,
}
