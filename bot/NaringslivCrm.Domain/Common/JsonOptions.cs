using System.Text.Json;
using System.Text.Json.Serialization;

namespace NaringslivCrm.Domain.Common;

internal static class JsonOptions
{
    public static JsonSerializerOptions Web { get; } = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        Converters = { new JsonStringEnumConverter() },
    };
}
