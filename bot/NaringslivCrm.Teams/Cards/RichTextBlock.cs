using System.Text.Json.Serialization;

namespace NaringslivCrm.Teams.Cards;

/// <summary>Text made of runs with their own formatting.</summary>
public sealed record RichTextBlock(IReadOnlyList<TextRun> Inlines) : CardElement;

/// <summary>One run of a RichTextBlock.</summary>
public sealed record TextRun(string Text)
{
    [JsonPropertyOrder(-1)]
    public string Type => "TextRun";

    public string? Weight { get; init; }

    public string? Color { get; init; }

    public bool? Italic { get; init; }

    public bool? Strikethrough { get; init; }

    public bool? IsSubtle { get; init; }
}
