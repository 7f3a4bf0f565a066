namespace NaringslivCrm.Teams.Cards;

/// <summary>Label/value pairs.</summary>
public sealed record FactSet(IReadOnlyList<Fact> Facts) : CardElement;

/// <summary>One label/value pair.</summary>
public sealed record Fact(string Title, string Value);
