using NaringslivCrm.Testing;

namespace NaringslivCrm.Bot.Tests.Import;

/// <summary>The sample register files in tests/data/companies.</summary>
public static class SampleFiles
{
    public static string Folder { get; } = Path.Combine(RepositoryRoot.Path, "tests", "data", "companies");

    public static string DemoFirms { get; } = Path.Combine(Folder, "demo-firms.csv");

    public static string Windows1252 { get; } = Path.Combine(Folder, "firms-windows-1252.csv");
}
