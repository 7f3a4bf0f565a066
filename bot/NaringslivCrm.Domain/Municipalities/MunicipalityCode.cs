using NaringslivCrm.Domain.Common;

namespace NaringslivCrm.Domain.Municipalities;

/// <summary>SCB's kommunkod: four digits, county (län, 2) + municipality (2), e.g. 2584 Kiruna.</summary>
public sealed record MunicipalityCode
{
    private static readonly HashSet<string> Counties =
    [
        "01", "03", "04", "05", "06", "07", "08", "09", "10", "12", "13",
        "14", "17", "18", "19", "20", "21", "22", "23", "24", "25",
    ];

    private MunicipalityCode(string value) => Value = value;

    public string Value { get; }

    /// <summary>The two-digit county (län) code.</summary>
    public string County => Value[..2];

    public static Result<MunicipalityCode> Parse(string? input)
    {
        var value = input?.Trim() ?? string.Empty;
        if (value.Length != 4 || !value.All(char.IsAsciiDigit))
        {
            return new ValidationError(
                "municipality-code.format",
                $"Kommunkoden \"{value}\" ska vara fyra siffror, till exempel 2584.",
                $"The municipality code \"{value}\" must be four digits, for example 2584.");
        }

        if (!Counties.Contains(value[..2]))
        {
            return new ValidationError(
                "municipality-code.county",
                $"Kommunkoden {value} börjar med {value[..2]}, som inte är någon länskod.",
                $"The municipality code {value} starts with {value[..2]}, which is no county code.");
        }

        return new MunicipalityCode(value);
    }

    public override string ToString() => Value;
}
