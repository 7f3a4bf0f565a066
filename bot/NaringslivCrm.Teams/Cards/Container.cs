namespace NaringslivCrm.Teams.Cards;

/// <summary>Groups elements, optionally with a style (default, emphasis, good, attention, warning, accent).</summary>
public sealed record Container(IReadOnlyList<CardElement> Items) : CardElement
{
    public string? Style { get; init; }

    public CardAction? SelectAction { get; init; }
}
