using NaringslivCrm.Domain.Common;

namespace NaringslivCrm.Domain.Companies;

/// <summary>A Swedish visiting or postal address. The postal code is stored as five digits.</summary>
public sealed record Address
{
    private Address(string street, string postalCode, string city)
    {
        Street = street;
        PostalCode = postalCode;
        City = city;
    }

    public string Street { get; }

    /// <summary>Five digits without space, e.g. "57231".</summary>
    public string PostalCode { get; }

    public string City { get; }

    public static Result<Address> Create(string? street, string? postalCode, string? city)
    {
        var code = (postalCode ?? string.Empty).Replace(" ", string.Empty, StringComparison.Ordinal);
        if (code.Length != 5 || !code.All(char.IsAsciiDigit))
        {
            return new ValidationError(
                "address.postal-code",
                $"Postnumret \"{postalCode}\" ska vara fem siffror, till exempel 572 31.",
                $"The postal code \"{postalCode}\" must be five digits, for example 572 31.");
        }

        if (string.IsNullOrWhiteSpace(city))
        {
            return Errors.Required("city", "ort");
        }

        return new Address(street?.Trim() ?? string.Empty, code, city.Trim());
    }

    public override string ToString() => $"{Street}, {PostalCode[..3]} {PostalCode[3..]} {City}".TrimStart(',', ' ');
}
