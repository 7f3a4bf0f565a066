using System.Globalization;
using System.Text.Json;

namespace NaringslivCrm.Teams.Schema;

/// <summary>
/// Reads numbers from JSON the way a tolerant reader should: JsonElement.TryGetInt32 throws on anything that is not a
/// JSON number (e.g. "skip":"0"), so every optional number from a client goes through here instead.
/// </summary>
public static class JsonValues
{
    /// <summary>The integer in a JSON number or a numeric string ("5"), else null (never throws).</summary>
    public static int? AsInt(this JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Number when e.TryGetInt32(out var n) => n,
        JsonValueKind.String when int.TryParse(e.GetString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) => n,
        _ => null,
    };

    /// <summary>The integer property <paramref name="name"/> of an object, else null.</summary>
    public static int? IntProperty(this JsonElement o, string name) =>
        o.ValueKind == JsonValueKind.Object && o.TryGetProperty(name, out var v) ? v.AsInt() : null;
}
