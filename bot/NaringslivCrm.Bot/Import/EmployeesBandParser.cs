using System.Globalization;
using NaringslivCrm.Domain.Common;
using NaringslivCrm.Domain.Companies;

namespace NaringslivCrm.Bot.Import;

/// <summary>
/// Reads "anställda" as a head count ("45", "1 200") or one of SCB's size bands ("20-49", "20–49 anställda", "500+").
/// Empty means unknown.
/// </summary>
public static class EmployeesBandParser
{
    private static readonly (int From, int To, EmployeesBand Band)[] Bands =
    [
        (0, 0, EmployeesBand.None), (1, 4, EmployeesBand.From1To4), (5, 9, EmployeesBand.From5To9),
        (10, 19, EmployeesBand.From10To19), (20, 49, EmployeesBand.From20To49), (50, 99, EmployeesBand.From50To99),
        (100, 199, EmployeesBand.From100To199), (200, 499, EmployeesBand.From200To499), (500, int.MaxValue, EmployeesBand.From500),
    ];

    public static Result<EmployeesBand> Parse(string? input)
    {
        var text = (input ?? string.Empty).Trim();
        foreach (var suffix in new[] { "anställda", "anstallda", "anst.", "anst", "employees" })
        {
            if (text.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                text = text[..^suffix.Length].Trim();
            }
        }

        text = text.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("\u00A0", string.Empty, StringComparison.Ordinal);
        if (text.Length == 0)
        {
            return EmployeesBand.Unknown;
        }

        if (text.EndsWith('+') && Number(text[..^1]) is { } atLeast)
        {
            return BandOf(atLeast);
        }

        var dash = text.IndexOfAny(['-', '\u2013', '\u2014']);
        if (dash > 0 && Number(text[..dash]) is { } from && (dash == text.Length - 1 || Number(text[(dash + 1)..]) is not null))
        {
            var to = dash == text.Length - 1 ? int.MaxValue : Number(text[(dash + 1)..])!.Value;
            var band = BandOf(from);
            var upper = to == int.MaxValue ? band : BandOf(to);
            if (band == upper && to >= from)
            {
                return band;
            }
        }
        else if (Number(text) is { } count)
        {
            return BandOf(count);
        }

        return new ValidationError(
            "import.employees",
            $"Antal anställda \"{input?.Trim()}\" ska vara ett tal (till exempel 45) eller en storleksklass (till exempel 20–49).",
            $"The number of employees \"{input?.Trim()}\" must be a number (for example 45) or a size band (for example 20–49).");
    }

    private static int? Number(string s) =>
        int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;

    private static EmployeesBand BandOf(int count) => Bands.First(b => count >= b.From && count <= b.To).Band;
}
