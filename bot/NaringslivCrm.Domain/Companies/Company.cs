using NaringslivCrm.Domain.Common;
using NaringslivCrm.Domain.Municipalities;

namespace NaringslivCrm.Domain.Companies;

/// <summary>A firm in one municipality's register, keyed by organisationsnummer, with its contact persons.</summary>
public sealed class Company
{
    public const int MaxNameLength = 200;

    private readonly List<ContactPerson> _contacts = [];

    private Company(MunicipalityCode municipality, OrgNumber orgNumber, string name)
    {
        Municipality = municipality;
        OrgNumber = orgNumber;
        Name = name;
    }

    public MunicipalityCode Municipality { get; }

    public OrgNumber OrgNumber { get; }

    public string Name { get; private set; }

    public SniCode? Sni { get; private set; }

    public Address? Address { get; private set; }

    public EmployeesBand Employees { get; private set; }

    /// <summary>The officer who owns the relation (kundansvarig), if any.</summary>
    public UserRef? ResponsibleOfficer { get; private set; }

    /// <summary>A key account (nyckelföretag) gets visited at least yearly.</summary>
    public bool IsKeyAccount { get; private set; }

    public IReadOnlyList<ContactPerson> Contacts => _contacts;

    /// <summary>Opaque optimistic-concurrency token (an ETag); null until first saved.</summary>
    public string? Concurrency { get; private set; }

    public static Result<Company> Register(MunicipalityCode municipality, OrgNumber orgNumber, string? name)
    {
        var checkedName = CheckName(name);
        return checkedName.IsSuccess ? new Company(municipality, orgNumber, checkedName.Value) : checkedName.Error;
    }

    /// <summary>Rebuilds a stored company. For repositories only: no rules are checked.</summary>
    public static Company Restore(
        MunicipalityCode municipality,
        OrgNumber orgNumber,
        string name,
        SniCode? sni,
        Address? address,
        EmployeesBand employees,
        UserRef? responsibleOfficer,
        bool isKeyAccount,
        IEnumerable<ContactPerson> contacts,
        string? concurrency)
    {
        var company = new Company(municipality, orgNumber, name)
        {
            Sni = sni,
            Address = address,
            Employees = employees,
            ResponsibleOfficer = responsibleOfficer,
            IsKeyAccount = isKeyAccount,
            Concurrency = concurrency,
        };
        company._contacts.AddRange(contacts);
        return company;
    }

    public Result Rename(string? name)
    {
        var checkedName = CheckName(name);
        if (!checkedName.IsSuccess)
        {
            return checkedName.Error;
        }

        Name = checkedName.Value;
        return Result.Success();
    }

    public void Classify(SniCode sni) => Sni = sni;

    public void Relocate(Address address) => Address = address;

    public void ReportEmployees(EmployeesBand band) => Employees = band;

    public void AssignResponsibleOfficer(UserRef officer) => ResponsibleOfficer = officer;

    public void MarkAsKeyAccount() => IsKeyAccount = true;

    public void UnmarkKeyAccount() => IsKeyAccount = false;

    /// <summary>Adds a contact, or replaces the one with the same id.</summary>
    public void SaveContact(ContactPerson contact)
    {
        var index = _contacts.FindIndex(c => c.Id == contact.Id);
        if (index >= 0)
        {
            _contacts[index] = contact;
        }
        else
        {
            _contacts.Add(contact);
        }
    }

    /// <summary>Erases a contact person (GDPR Art. 17). Returns false if there was none with this id.</summary>
    public bool EraseContact(Guid contactId) => _contacts.RemoveAll(c => c.Id == contactId) > 0;

    /// <summary>Called by the repository after a successful save.</summary>
    public void StampConcurrency(string token) => Concurrency = token;

    private static Result<string> CheckName(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return Errors.Required("company name", "företagets namn");
        }

        var trimmed = name.Trim();
        return trimmed.Length > MaxNameLength ? Errors.TooLong("company name", "företagets namn", MaxNameLength) : trimmed;
    }
}
