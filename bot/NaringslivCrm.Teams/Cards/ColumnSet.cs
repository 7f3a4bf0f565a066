using System.Text.Json.Serialization;

namespace NaringslivCrm.Teams.Cards;

/// <summary>Columns side by side.</summary>
public sealed record ColumnSet(IReadOnlyList<Column> Columns) : CardElement;

/// <summary>A column of a ColumnSet; width is "auto", "stretch" or a weight.</summary>
public sealed record Column(IReadOnlyList<CardElement> Items)
{
    [JsonPropertyOrder(-1)]
    public string Type => "Column";

    public string? Width { get; init; }

    public string? VerticalContentAlignment { get; init; }
}
