using System.Globalization;

namespace NaringslivCrm.Domain.Common;

/// <summary>Errors that several features share.</summary>
public static class Errors
{
    public static ValidationError Required(string field, string fieldSv) =>
        new($"{Code(field)}.required", $"{Capitalize(fieldSv)} måste anges.", $"The {field} is required.");

    public static ValidationError TooLong(string field, string fieldSv, int max) =>
        new($"{Code(field)}.too-long",
            $"{Capitalize(fieldSv)} får vara högst {Sv(max)} tecken.",
            $"The {field} may be at most {max.ToString("N0", CultureInfo.InvariantCulture)} characters.");

    /// <summary>Someone else saved the aggregate since it was read; reload and try again.</summary>
    public static ValidationError ConcurrencyConflict { get; } = new(
        "concurrency.conflict",
        "Någon annan har ändrat posten under tiden. Läs in den igen och försök på nytt.",
        "Someone else changed the record in the meantime. Reload it and try again.");

    private static string Code(string field) => field.Replace(' ', '-');

    private static string Sv(int n) =>
        n.ToString("N0", CultureInfo.InvariantCulture).Replace(',', ' ');

    private static string Capitalize(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
}
