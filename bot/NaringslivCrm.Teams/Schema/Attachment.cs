using System.Text.Json;

namespace NaringslivCrm.Teams.Schema;

/// <summary>An attachment: a card (content) or a file (contentUrl).</summary>
public sealed record Attachment
{
    public string? ContentType { get; init; }
    public object? Content { get; init; }
    public string? ContentUrl { get; init; }
    public string? Name { get; init; }
    public object? Preview { get; init; }

    /// <summary>The content as JSON, whatever it was parsed or built as.</summary>
    public JsonElement ContentAsJson() => Content switch
    {
        JsonElement e => e,
        null => default,
        var other => JsonSerializer.SerializeToElement(other, other.GetType(), BotJson.Options),
    };
}
