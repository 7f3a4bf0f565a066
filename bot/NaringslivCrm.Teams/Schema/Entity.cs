using System.Text.Json;
using System.Text.Json.Serialization;

namespace NaringslivCrm.Teams.Schema;

/// <summary>An entity attached to an activity (mention, clientInfo, …). Unknown properties are kept as they came.</summary>
public sealed record Entity
{
    public string? Type { get; init; }

    public ChannelAccount? Mentioned { get; init; }

    public string? Text { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; init; }
}
