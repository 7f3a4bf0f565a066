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
