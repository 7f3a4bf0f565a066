namespace NaringslivCrm.Teams.Cards;

/// <summary>Actions placed inside the body.</summary>
public sealed record ActionSet(IReadOnlyList<CardAction> Actions) : CardElement;
