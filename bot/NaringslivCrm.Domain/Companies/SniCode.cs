using NaringslivCrm.Domain.Common;

namespace NaringslivCrm.Domain.Companies;

/// <summary>An SNI industry code (five digits, written 25.110) with the classification version beside it.</summary>
public sealed record SniCode
{
    public const string Sni2007 = "SNI2007";

    private SniCode(string digits, string version)
    {
        Digits = digits;
        Version = version;
    }

    /// <summary>The five digits without separator, e.g. "25110".</summary>
    public string Digits { get; }

    /// <summary>The classification, e.g. "SNI2007" (SNI 2025 is coming).</summary>
    public string Version { get; }

    /// <summary>The two-digit division (huvudgrupp), e.g. "25".</summary>
    public string Division => Digits[..2];

    /// <summary>Accepts "25.110", "25110" or "25 110".</summary>
    public static Result<SniCode> Parse(string? input, string version = Sni2007)
    {
        var raw = input?.Trim() ?? string.Empty;
        var digits = raw.Replace(".", string.Empty, StringComparison.Ordinal)
            .Replace(" ", string.Empty, StringComparison.Ordinal);
        if (digits.Length != 5 || !digits.All(char.IsAsciiDigit))
        {
            return new ValidationError(
                "sni.format",
                $"SNI-koden \"{raw}\" ska vara fem siffror, till exempel 25.110.",
                $"The SNI code \"{raw}\" must be five digits, for example 25.110.");
        }

        if (string.IsNullOrWhiteSpace(version))
        {
            return Errors.Required("sni-version", "SNI-version");
        }

        return new SniCode(digits, version.Trim());
    }

    /// <summary>Written form 25.110.</summary>
    public override string ToString() => $"{Digits[..2]}.{Digits[2..]}";
}
