using System.Text.Json.Serialization;

namespace NaringslivCrm.Teams.Cards;

/// <summary>Any card action.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(ExecuteAction), "Action.Execute")]
[JsonDerivedType(typeof(SubmitAction), "Action.Submit")]
[JsonDerivedType(typeof(OpenUrlAction), "Action.OpenUrl")]
[JsonDerivedType(typeof(ShowCardAction), "Action.ShowCard")]
public abstract record CardAction
{
    public string? Id { get; init; }

    public string? Title { get; init; }

    /// <summary>default, positive, destructive (Teams does not render the latter two).</summary>
    public string? Style { get; init; }
}

/// <summary>Universal action: arrives as invoke adaptiveCard/action with the verb and data.</summary>
public sealed record ExecuteAction(string Verb) : CardAction
{
    public object? Data { get; init; }

    /// <summary>none or auto: which inputs are sent.</summary>
    public string? AssociatedInputs { get; init; }

    /// <summary>For clients without Action.Execute: an Action.Submit with the same data.</summary>
    public CardAction? Fallback { get; init; }
}

/// <summary>Legacy submit: arrives as a message whose value holds the inputs merged with the data.</summary>
public sealed record SubmitAction : CardAction
{
    public object? Data { get; init; }

    public string? AssociatedInputs { get; init; }
}

/// <summary>Opens a URL (https or a Teams deep link).</summary>
public sealed record OpenUrlAction(string Url) : CardAction;

/// <summary>Shows a nested card under the action.</summary>
public sealed record ShowCardAction(AdaptiveCard Card) : CardAction;
