using System.Text.Json.Serialization;

namespace NaringslivCrm.Teams.Cards;

/// <summary>An Adaptive Card (schema 1.5, the highest Teams renders).</summary>
public sealed record AdaptiveCard
{
    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    [JsonPropertyName("type")]
    [JsonPropertyOrder(-10)]
    public string Type => "AdaptiveCard";

    [JsonPropertyName("$schema")]
    [JsonPropertyOrder(-9)]
    public string Schema => "http://adaptivecards.io/schemas/adaptive-card.json";

    [JsonPropertyOrder(-8)]
    public string Version { get; init; } = "1.5";

    public string? Lang { get; init; }

    public string? FallbackText { get; init; }

    public string? Speak { get; init; }

    public Refresh? Refresh { get; init; }

    public IReadOnlyList<CardElement> Body { get; init; } = [];

    public IReadOnlyList<CardAction>? Actions { get; init; }

    [JsonPropertyName("msteams")]
    public TeamsCardProperties? MsTeams { get; init; }
}

/// <summary>Teams-specific card properties.</summary>
public sealed record TeamsCardProperties(string? Width = "Full");

/// <summary>Keeps a card up to date for the listed users with an Action.Execute on open.</summary>
public sealed record Refresh(CardAction Action, IReadOnlyList<string>? UserIds = null);
