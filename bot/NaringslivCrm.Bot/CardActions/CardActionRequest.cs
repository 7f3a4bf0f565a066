using System.Globalization;
using System.Text.Json;

namespace NaringslivCrm.Bot.CardActions;

/// <summary>
/// A card button press: Action.Execute (invoke adaptiveCard/action, value.action.data) or its Action.Submit fallback
/// (a message whose value is the data merged with the inputs). Both carry the verb and the inputs in one object.
/// </summary>
public sealed record CardActionRequest(string Verb, JsonElement Data)
{
    private static readonly JsonElement EmptyData = JsonSerializer.SerializeToElement(new { });

    public string? Text(string name)
    {
        if (Data.ValueKind != JsonValueKind.Object || !Data.TryGetProperty(name, out var v))
        {
            return null;
        }

        var text = v.ValueKind switch
        {
            JsonValueKind.String => v.GetString(),
            JsonValueKind.Number => v.GetRawText(),
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            _ => null,
        };
        return string.IsNullOrWhiteSpace(text) ? null : text.Trim();
    }

    public bool Flag(string name) => Text(name) is "true" or "True";

    public int? Int(string name) => int.TryParse(Text(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null;

    public decimal? Decimal(string name) =>
        decimal.TryParse(Text(name)?.Replace(',', '.').Replace(" ", string.Empty, StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture, out var d) ? d : null;

    public DateOnly? Date(string name) =>
        DateOnly.TryParseExact(Text(name), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    public Guid? Guid(string name) => System.Guid.TryParse(Text(name), out var g) ? g : null;

    public IReadOnlyList<string> List(string name) =>
        Text(name)?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];

    public JsonElement? Element(string name) =>
        Data.ValueKind == JsonValueKind.Object && Data.TryGetProperty(name, out var v) ? v : null;

    /// <summary>Reads the verb and data from an invoke value or a submit value; null when it is not a card action.</summary>
    public static CardActionRequest? From(JsonElement? value)
    {
        if (value is not { ValueKind: JsonValueKind.Object } v)
        {
            return null;
        }

        if (v.TryGetProperty("action", out var action) && action.ValueKind == JsonValueKind.Object
            && action.TryGetProperty("verb", out var verb) && verb.ValueKind == JsonValueKind.String)
        {
            var data = action.TryGetProperty("data", out var d) && d.ValueKind == JsonValueKind.Object ? d : EmptyData;
            return new CardActionRequest(verb.GetString()!, data);
        }

        return v.TryGetProperty("verb", out var submitVerb) && submitVerb.ValueKind == JsonValueKind.String
            ? new CardActionRequest(submitVerb.GetString()!, v)
            : null;
    }
}
