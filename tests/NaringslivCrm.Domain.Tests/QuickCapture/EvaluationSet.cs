using System.Text.Json;
using NaringslivCrm.Domain.Companies;

namespace NaringslivCrm.Domain.Tests.QuickCapture;

/// <summary>Loads tests/data/quick-capture (copied to the output folder).</summary>
internal static class EvaluationSet
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { ReadCommentHandling = JsonCommentHandling.Skip };

    /// <summary>The development set: the rules were written while reading these notes.</summary>
    public const string Development = "notes.json";

    /// <summary>The held-out set: written after the rules and never used to tune them.</summary>
    public const string HeldOut = "holdout.json";

    /// <summary>The second held-out set: written after the rules were tuned on the first held-out set.</summary>
    public const string Fresh = "fresh.json";

    /// <summary>The held-out part of the 2026 corpus: written before any rule change, never used to tune.</summary>
    public const string HeldOut2026 = "heldout-2026.json";

    /// <summary>The development part of the 2026 corpus: rules are tuned on it.</summary>
    public const string Development2026 = "dev-2026.json";

    /// <summary>Every set the rules were tuned on (the 2026 development part and the three older sets).</summary>
    public static IReadOnlyList<LabelledNote> AllDevelopment() =>
        [.. Notes(Development2026), .. Notes(Development), .. Notes(HeldOut), .. Notes(Fresh)];

    public static IReadOnlyList<LabelledNote> Notes(string file) =>
        JsonSerializer.Deserialize<List<LabelledNote>>(Read(file), Options)!;

    public static IReadOnlyList<(OrgNumber OrgNumber, string Name)> KnownCompanies() =>
        JsonSerializer.Deserialize<List<KnownCompanyDto>>(Read("known-companies.json"), Options)!
            .Select(c => (OrgNumber.Parse(c.OrgNumber).Value, c.Name))
            .ToList();

    private static string Read(string file) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "data", "quick-capture", file));

    private sealed record KnownCompanyDto(string OrgNumber, string Name);
}
