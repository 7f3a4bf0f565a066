using System.Security.Cryptography;
using System.Text;

namespace NaringslivCrm.Bot.Demo;

/// <summary>Ids derived from a seed string, so a second seeding run addresses the same records and adds nothing.</summary>
public static class DemoIds
{
    public static Guid For(string seed)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes("naringslivcrm-demo/" + seed));
        hash[6] = (byte)((hash[6] & 0x0F) | 0x80); // RFC 9562 version 8 (custom)
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true);
    }
}
