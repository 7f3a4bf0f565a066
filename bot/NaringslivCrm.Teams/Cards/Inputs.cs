namespace NaringslivCrm.Teams.Cards;

/// <summary>Common properties of inputs (1.3+ label, validation).</summary>
public abstract record CardInput : CardElement
{
    public string? Label { get; init; }

    public bool? IsRequired { get; init; }

    public string? ErrorMessage { get; init; }
}

/// <summary>Free text input.</summary>
public sealed record InputText : CardInput
{
    public string? Value { get; init; }

    public string? Placeholder { get; init; }

    public bool? IsMultiline { get; init; }

    public int? MaxLength { get; init; }

    public string? Regex { get; init; }
}

/// <summary>Number input.</summary>
public sealed record InputNumber : CardInput
{
    public double? Value { get; init; }

    public double? Min { get; init; }

    public double? Max { get; init; }

    public string? Placeholder { get; init; }
}

/// <summary>Date input (value yyyy-MM-dd).</summary>
public sealed record InputDate : CardInput
{
    public string? Value { get; init; }

    public string? Min { get; init; }

    public string? Max { get; init; }
}

/// <summary>Time input (value HH:mm).</summary>
public sealed record InputTime : CardInput
{
    public string? Value { get; init; }
}

/// <summary>A checkbox with a title.</summary>
public sealed record InputToggle(string Title) : CardInput
{
    public string? Value { get; init; }

    public string? ValueOn { get; init; }

    public string? ValueOff { get; init; }
}

/// <summary>A choice list; with <see cref="DataQuery"/> Teams asks the bot for choices as the user types.</summary>
public sealed record InputChoiceSet : CardInput
{
    public IReadOnlyList<Choice> Choices { get; init; } = [];

    public string? Value { get; init; }

    public bool? IsMultiSelect { get; init; }

    /// <summary>compact, expanded, filtered.</summary>
    public string? Style { get; init; }

    public string? Placeholder { get; init; }

    [System.Text.Json.Serialization.JsonPropertyName("choices.data")]
    public DataQuery? ChoicesData { get; init; }
}

/// <summary>One choice.</summary>
public sealed record Choice(string Title, string Value);

/// <summary>Dynamic typeahead source: Teams sends an application/search invoke with this dataset.</summary>
public sealed record DataQuery(string Dataset)
{
    [System.Text.Json.Serialization.JsonPropertyOrder(-1)]
    public string Type => "Data.Query";

    public int? Count { get; init; }
}
