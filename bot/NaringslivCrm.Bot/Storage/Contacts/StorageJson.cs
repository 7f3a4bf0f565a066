using System.Text.Json;
using System.Text.Json.Serialization;

namespace NaringslivCrm.Bot.Storage.Contacts;

/// <summary>JSON for the nested parts of entities (needs, signals, history): compact, enums by name.</summary>
public static class StorageJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T Read<T>(string? json, T fallback) =>
        string.IsNullOrEmpty(json) ? fallback : JsonSerializer.Deserialize<T>(json, Options) ?? fallback;
}
