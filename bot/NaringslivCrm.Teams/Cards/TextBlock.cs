namespace NaringslivCrm.Teams.Cards;

/// <summary>A block of (markdown-light) text.</summary>
public sealed record TextBlock(string Text) : CardElement
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
