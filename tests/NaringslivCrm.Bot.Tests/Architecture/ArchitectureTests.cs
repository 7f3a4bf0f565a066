using System.Text.RegularExpressions;
using NaringslivCrm.Bot.Hosting;
using NaringslivCrm.Domain.Companies;
using NaringslivCrm.Teams.Schema;
using NaringslivCrm.Testing;

namespace NaringslivCrm.Bot.Tests.Architecture;

/// <summary>
/// The shape of the code, checked on the compiled assemblies: the domain depends on nothing, the wire layer on neither
/// domain nor host, and only the storage and Graph adapters touch the Azure, Graph and Kiota SDKs. Folders and
/// namespaces are the same thing (checked on the sources), so "outside Storage/" means the folder.
/// </summary>
public sealed class ArchitectureTests
{
    private static readonly System.Reflection.Assembly Domain = typeof(OrgNumber).Assembly;
    private static readonly System.Reflection.Assembly Wire = typeof(Activity).Assembly;
    private static readonly System.Reflection.Assembly Host = typeof(StorageRegistration).Assembly;

    [Fact]
    public void Domain_UsesOnlyItselfAndTheBaseClassLibrary()
    {
        None(Layers.DomainViolations(Layers.TypesOf(Domain), Domain));
        Assert.All(Domain.GetReferencedAssemblies(), a => Assert.StartsWith("System", a.Name, StringComparison.Ordinal));
    }

    [Fact]
    public void Wire_KnowsNeitherDomainNorHost()
    {
        None(Layers.WireViolations(Layers.TypesOf(Wire), Domain, Host));
        Assert.DoesNotContain(Wire.GetReferencedAssemblies(), a => a.Name is "NaringslivCrm.Domain" or "NaringslivCrm.Bot");
    }

    [Fact]
    public void Host_AzureGraphAndKiotaTypesOnlyInStorageAndGraph()
    {
        None(Layers.SdkViolations(Layers.TypesOf(Host)));
    }

    [Fact]
    public void Sources_NamespaceIsTheFolder()
    {
        var bot = Path.Combine(RepositoryRoot.Path, "bot");
        var wrong = Directory.EnumerateFiles(bot, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && Path.GetFileName(f) != "Program.cs")
            .Select(f => (File: Path.GetRelativePath(bot, f), Declared: Regex.Match(File.ReadAllText(f), @"^namespace ([\w.]+);", RegexOptions.Multiline).Groups[1].Value))
            .Where(f => f.Declared != Path.GetDirectoryName(f.File)!.Replace(Path.DirectorySeparatorChar, '.'))
            .Select(f => $"{f.File} declares {f.Declared}");

        None(wrong);
    }

    private static void None(IEnumerable<string> violations)
    {
        var list = violations.ToList();
        Assert.True(list.Count == 0, string.Join(Environment.NewLine, list.Prepend($"{list.Count} forbidden references:")));
    }
}
