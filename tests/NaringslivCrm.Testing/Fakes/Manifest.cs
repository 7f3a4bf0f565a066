using System.Text.Json;

namespace NaringslivCrm.Testing.Fakes;

/// <summary>The repository's Teams app manifest (manifest/manifest.json), read by the fakes that enforce it.</summary>
public static class Manifest
{
    public static string Path()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, "manifest", "manifest.json");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("manifest/manifest.json not found above " + AppContext.BaseDirectory);
    }

    public static JsonElement Read() => JsonDocument.Parse(File.ReadAllText(Path())).RootElement.Clone();

    /// <summary>activities.activityTypes[].type.</summary>
    public static IReadOnlySet<string> ActivityTypes() =>
        Read().GetProperty("activities").GetProperty("activityTypes").EnumerateArray().Select(t => t.GetProperty("type").GetString()!).ToHashSet();
}
