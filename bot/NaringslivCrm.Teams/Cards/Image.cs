namespace NaringslivCrm.Teams.Cards;

/// <summary>An image (https, PNG/JPEG/GIF, at most 1024×1024 in Teams).</summary>
public sealed record Image(string Url) : CardElement
{
    public string? AltText { get; init; }

    public string? Size { get; init; }
}
