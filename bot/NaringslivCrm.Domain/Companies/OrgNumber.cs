using NaringslivCrm.Domain.Common;

namespace NaringslivCrm.Domain.Companies;

/// <summary>
/// A Swedish organisationsnummer: ten digits written NNNNNN-NNNC. Accepts input with or without the hyphen,
/// with spaces, and with the century prefix "16". First digits 0 and 4 are refused (no legal-form group uses them).
/// </summary>
public sealed record OrgNumber
{
    private OrgNumber(string digits) => Digits = digits;

    /// <summary>The ten digits without separator, e.g. "5560360793". Use this as a storage key.</summary>
    public string Digits { get; }

    public LegalFormGroup LegalForm => (LegalFormGroup)(Digits[0] - '0');

    /// <summary>Parses user input and says which check failed, in Swedish and English.</summary>
    public static Result<OrgNumber> Parse(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return OrgNumberErrors.Empty;
        }

        var digits = Normalize(input);
        if (digits is null)
        {
            return OrgNumberErrors.Format(input.Trim());
        }

        if (digits.Length == 12 && digits.StartsWith("16", StringComparison.Ordinal))
        {
            digits = digits[2..];
        }

        if (digits.Length != 10)
        {
            return OrgNumberErrors.Length(digits.Length);
        }

        if (digits[2] < '2')
        {
            return OrgNumberErrors.ThirdDigit(digits[2]);
        }

        if (digits[0] is '0' or '4')
        {
            return OrgNumberErrors.LegalForm(digits[0]);
        }

        var expected = CheckDigit(digits.AsSpan(0, 9));
        if (digits[9] - '0' != expected)
        {
            return OrgNumberErrors.CheckDigit();
        }

        return new OrgNumber(digits);
    }

    /// <summary>The Luhn check digit over nine digits (weights 2,1,2,1,…; digits of each product summed).</summary>
    public static int CheckDigit(ReadOnlySpan<char> firstNine)
    {
        if (firstNine.Length != 9)
        {
            throw new ArgumentException("Exactly nine digits are needed.", nameof(firstNine));
        }

        var sum = 0;
        for (var i = 0; i < 9; i++)
        {
            var product = (firstNine[i] - '0') * (i % 2 == 0 ? 2 : 1);
            sum += product > 9 ? product - 9 : product;
        }

        return (10 - (sum % 10)) % 10;
    }

    /// <summary>Written form NNNNNN-NNNN.</summary>
    public override string ToString() => $"{Digits[..6]}-{Digits[6..]}";

    private static string? Normalize(string input)
    {
        var buffer = new char[input.Length];
        var count = 0;
        var hyphens = 0;
        foreach (var c in input)
        {
            if (char.IsAsciiDigit(c))
            {
                buffer[count++] = c;
            }
            else if (c is '-' or '\u2010' or '\u2011' or '\u2013')
            {
                hyphens++;
            }
            else if (!char.IsWhiteSpace(c))
            {
                return null;
            }
        }

        return hyphens > 1 ? null : new string(buffer, 0, count);
    }
}
