using System.Text.Json.Serialization;

namespace NaringslivCrm.Teams.Cards;

/// <summary>A block of text, shown as written (link and image syntax is neutralised on the wire, see <see cref="CardMarkdown"/>).</summary>
public sealed record TextBlock([property: JsonConverter(typeof(PlainCardTextConverter))] string Text) : CardElement
{
    public bool? Wrap { get; init; } = true;

    /// <summary>default, small, medium, large, extraLarge.</summary>
    public string? Size { get; init; }

    /// <summary>default, lighter, bolder.</summary>
    public string? Weight { get; init; }

    /// <summary>default, dark, light, accent, good, warning, attention.</summary>
    public string? Color { get; init; }

    public bool? IsSubtle { get; init; }

    /// <summary>heading or default (1.5).</summary>
    public string? Style { get; init; }

    public int? MaxLines { get; init; }
}
