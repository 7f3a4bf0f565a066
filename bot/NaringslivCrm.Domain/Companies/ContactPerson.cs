using NaringslivCrm.Domain.Common;

namespace NaringslivCrm.Domain.Companies;

/// <summary>
/// A person at a company. Personal data under GDPR: only name, role and work contact details are kept.
/// </summary>
public sealed record ContactPerson
{
    public const int MaxNameLength = 200;

    /// <summary>The role's limit ("vd", "ekonomichef"); phone and e-mail have theirs (an e-mail address is at most 254 characters, RFC 5321).</summary>
    public const int MaxRoleLength = 200;

    public const int MaxPhoneLength = 40;

    public const int MaxEmailLength = 254;

    private ContactPerson(Guid id, string name, string? role, string? workPhone, string? workEmail)
    {
        Id = id;
        Name = name;
        Role = role;
        WorkPhone = workPhone;
        WorkEmail = workEmail;
    }

    public Guid Id { get; }

    public string Name { get; }

    public string? Role { get; }

    public string? WorkPhone { get; }

    public string? WorkEmail { get; }

    public static Result<ContactPerson> Create(Guid id, string? name, string? role, string? workPhone, string? workEmail)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return Errors.Required("contact name", "kontaktpersonens namn");
        }

        if (name.Trim().Length > MaxNameLength)
        {
            return Errors.TooLong("contact name", "kontaktpersonens namn", MaxNameLength);
        }

        if (Clean(role)?.Length > MaxRoleLength)
        {
            return Errors.TooLong("contact role", "kontaktpersonens roll", MaxRoleLength);
        }

        var phone = Clean(workPhone);
        if (phone?.Length > MaxPhoneLength)
        {
            return Errors.TooLong("phone number", "telefonnumret", MaxPhoneLength);
        }

        if (phone is not null && !phone.All(c => char.IsAsciiDigit(c) || c is '+' or ' ' or '-' or '(' or ')'))
        {
            return new ValidationError(
                "contact.phone", $"Telefonnumret \"{phone}\" innehåller ogiltiga tecken.", $"The phone number \"{phone}\" has invalid characters.");
        }

        var email = Clean(workEmail);
        if (email?.Length > MaxEmailLength)
        {
            return Errors.TooLong("e-mail address", "e-postadressen", MaxEmailLength);
        }

        if (email is not null && !LooksLikeEmail(email))
        {
            return new ValidationError(
                "contact.email", $"\"{email}\" är ingen giltig e-postadress.", $"\"{email}\" is not a valid e-mail address.");
        }

        return new ContactPerson(id, name.Trim(), Clean(role), phone, email);
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static bool LooksLikeEmail(string value)
    {
        var at = value.IndexOf('@', StringComparison.Ordinal);
        return at > 0 && at == value.LastIndexOf('@') && value.IndexOf('.', at) > at + 1
            && !value.EndsWith('.') && !value.Any(char.IsWhiteSpace);
    }
}
