using System.Globalization;
using NaringslivCrm.Domain.FollowUps;

namespace NaringslivCrm.Bot.FollowUps.Changes;

/// <summary>
/// The one version a user sees of a follow-up, on every channel: its stored change count, written as an HTTP entity
/// tag ("3"). The tab sends it as If-Match, a card carries it in its data as "etag"; lists read it from the index rows.
/// </summary>
public static class FollowUpVersion
{
    public static string Tag(int version) => "\"" + version.ToString(CultureInfo.InvariantCulture) + "\"";

    public static string Tag(FollowUp followUp) => Tag(followUp.Version);

    /// <summary>The version number in a tag ("3", W/"3" or 3), or null when it is none.</summary>
    public static int? Parse(string? tag)
    {
        var t = tag?.Trim();
        if (t is null)
        {
            return null;
        }

        if (t.StartsWith("W/", StringComparison.Ordinal))
        {
            t = t[2..];
        }

        t = t.Trim('"');
        return int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : null;
    }
}
