using System.Security.Cryptography;
using System.Text;

namespace NaringslivCrm.Bot.Storage;

/// <summary>
/// Turns any string into a legal Table Storage key: the characters tables forbid in keys (/ \ # ? and control
/// characters), our escape character % and our key separator | are percent-encoded, so distinct inputs stay distinct
/// and an escaped id can never end early inside a composite key (owner "a|O" must not fall in owner "a"'s range).
/// </summary>
public static class TableKeys
{
    public static string Escape(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var builder = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (c is '/' or '\\' or '#' or '?' or '%' or '|' || char.IsControl(c))
            {
                builder.Append('%').Append(((int)c).ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    public static string Unescape(string key) => Uri.UnescapeDataString(key);

    /// <summary>A fixed-length key for long or arbitrary identifiers (conversation + activity ids).</summary>
    public static string Hash(params string[] parts)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001f', parts)));
        return Convert.ToHexString(bytes, 0, 20);
    }
}
