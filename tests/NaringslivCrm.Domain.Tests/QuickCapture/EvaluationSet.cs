using System.Text.Json;
using NaringslivCrm.Domain.Companies;

namespace NaringslivCrm.Domain.Tests.QuickCapture;

/// <summary>Loads tests/data/quick-capture (copied to the output folder).</summary>
internal static class EvaluationSet
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { ReadCommentHandling = JsonCommentHandling.Skip };

    public static IReadOnlyList<LabelledNote> Notes() =>
        JsonSerializer.Deserialize<List<LabelledNote>>(Read("notes.json"), Options)!;

    public static IReadOnlyList<(OrgNumber OrgNumber, string Name)> KnownCompanies() =>
        JsonSerializer.Deserialize<List<KnownCompanyDto>>(Read("known-companies.json"), Options)!
            .Select(c => (OrgNumber.Parse(c.OrgNumber).Value, c.Name))
            .ToList();

    private static string Read(string file) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "data", "quick-capture", file));

    private sealed record KnownCompanyDto(string OrgNumber, string Name);
}
