using System.Buffers.Text;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace NaringslivCrm.Bot.Api.Companies;

/// <summary>
/// Where the next page of a company timeline starts: the continuation of the company's contacts (newest first) and the
/// date the previous page reached, so the follow-ups shown next are exactly those due before it. Opaque to the client
/// (base64url JSON); anything that does not read back is refused with 400, never guessed.
/// </summary>
public sealed record TimelineCursor(string Contacts, DateOnly Before)
{
    private sealed record Wire(string? C, string? B);

    public string Encode() =>
        Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(new Wire(Contacts, Before.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))));

    public static bool TryDecode(string? token, out TimelineCursor? cursor)
    {
        cursor = null;
        if (string.IsNullOrEmpty(token))
        {
            return true;
        }

        try
        {
            var wire = JsonSerializer.Deserialize<Wire>(Base64Url.DecodeFromChars(token));
            if (wire is { C.Length: > 0 } && DateOnly.TryParseExact(wire.B, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var before))
            {
                cursor = new TimelineCursor(wire.C, before);
                return true;
            }
        }
        catch (Exception e) when (e is FormatException or JsonException or DecoderFallbackException)
        {
        }

        return false;
    }
}
