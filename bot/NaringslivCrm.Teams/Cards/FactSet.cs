using System.Text.Json.Serialization;

namespace NaringslivCrm.Teams.Cards;

/// <summary>Label/value pairs.</summary>
public sealed record FactSet(IReadOnlyList<Fact> Facts) : CardElement;

/// <summary>One label/value pair, shown as written (see <see cref="CardMarkdown"/>).</summary>
public sealed record Fact(
    [property: JsonConverter(typeof(PlainCardTextConverter))] string Title,
    [property: JsonConverter(typeof(PlainCardTextConverter))] string Value);
