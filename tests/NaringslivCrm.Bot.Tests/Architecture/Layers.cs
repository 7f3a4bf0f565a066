using System.Reflection;

namespace NaringslivCrm.Bot.Tests.Architecture;

/// <summary>The rules the architecture tests hold the assemblies to; each returns the offending uses, empty when clean.</summary>
public static class Layers
{
    /// <summary>The SDKs that only storage and Graph adapters may use.</summary>
    public static readonly string[] SdkNamespaces = ["Azure", "Microsoft.Graph", "Microsoft.Kiota"];

    /// <summary>Where the host may use the SDKs: the adapters, and the two composition files that build their clients.</summary>
    public static readonly string[] SdkFolders = ["NaringslivCrm.Bot.Storage", "NaringslivCrm.Bot.Graph"];

    public static readonly string[] SdkCompositionTypes =
    [
        "NaringslivCrm.Bot.Hosting.StorageRegistration", // one TableServiceClient (connection string or managed identity)
        "NaringslivCrm.Bot.Hosting.TelemetryRegistration", // the Azure Monitor exporter
    ];

    /// <summary>Top-level types only: nested types (closures, state machines) are scanned with their outer type.</summary>
    public static IEnumerable<Type> TypesOf(Assembly assembly) => assembly.GetTypes().Where(t => t.DeclaringType is null);

    /// <summary>The domain uses nothing but itself and the base class library.</summary>
    public static IEnumerable<string> DomainViolations(IEnumerable<Type> types, Assembly domain) =>
        from t in types
        from u in TypeReferences.Of(t)
        where u.Used.Assembly != domain && !IsBcl(u.Used.Assembly)
        select $"{t.FullName} uses {u.Used.FullName} ({u.Where})";

    /// <summary>The wire layer knows neither the domain nor the host.</summary>
    public static IEnumerable<string> WireViolations(IEnumerable<Type> types, params Assembly[] forbidden) =>
        from t in types
        from u in TypeReferences.Of(t)
        where forbidden.Contains(u.Used.Assembly)
        select $"{t.FullName} uses {u.Used.FullName} ({u.Where})";

    /// <summary>Host code outside Storage/ and Graph/ (and the two composition files) uses no Azure, Graph or Kiota type.</summary>
    public static IEnumerable<string> SdkViolations(IEnumerable<Type> types) =>
        from t in types
        where !InSdkFolder(t)
        from u in TypeReferences.Of(t)
        where IsSdk(u.Used)
        select $"{t.FullName} uses {u.Used.FullName} ({u.Where})";

    private static bool InSdkFolder(Type t) =>
        SdkCompositionTypes.Contains(t.FullName) || SdkFolders.Any(f => t.Namespace == f || t.Namespace?.StartsWith(f + ".", StringComparison.Ordinal) == true);

    private static bool IsSdk(Type t) =>
        SdkNamespaces.Any(n => t.Namespace == n || t.Namespace?.StartsWith(n + ".", StringComparison.Ordinal) == true);

    private static bool IsBcl(Assembly a) =>
        a.GetName().Name is { } n && (n.StartsWith("System", StringComparison.Ordinal) || n is "netstandard" or "mscorlib");
}
