using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace NaringslivCrm.Bot.Digest;

/// <summary>
/// The two protections of the federation (docs/network.md): a request is authenticated by an HMAC-SHA256 over
/// method, path, time and a one-time request id with the secret the two installations share
/// ("Ncrm-Hmac id=…,ts=…,nonce=…,sig=…"), so only listed members can fetch, a captured request is useless after the
/// clock-skew window, and within it the receiver refuses a request id it has seen (NetworkReplayGuard); a report is signed with the
/// publisher's ECDSA P-256 key ("Ncrm-Signature"), so the collector can check it came unaltered from that member.
/// </summary>
public static partial class NetworkSignature
{
    public const string Scheme = "Ncrm-Hmac";
    public const string SignatureHeader = "Ncrm-Signature";

    public static string Authorization(string installationId, string secret, string method, string path, DateTimeOffset now, string? nonce = null)
    {
        var ts = now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        nonce ??= Guid.NewGuid().ToString("N");
        return $"{Scheme} id={installationId},ts={ts},nonce={nonce},sig={Mac(secret, method, path, ts, nonce)}";
    }

    /// <summary>A verified request: who sent it, its one-time id and when it was made.</summary>
    public sealed record Caller(NetworkMember Member, string Nonce, DateTimeOffset At);

    /// <summary>The member the request comes from when its MAC and time are right; otherwise null.</summary>
    public static NetworkMember? Verify(string? header, IEnumerable<NetworkMember> members, string method, string path, DateTimeOffset now, TimeSpan skew) =>
        VerifyRequest(header, members, method, path, now, skew)?.Member;

    /// <summary>As <see cref="Verify"/>, with the request id (16–64 letters, digits, '-' or '_') the MAC covers.</summary>
    public static Caller? VerifyRequest(string? header, IEnumerable<NetworkMember> members, string method, string path, DateTimeOffset now, TimeSpan skew)
    {
        if (header is null || !header.StartsWith(Scheme + " ", StringComparison.Ordinal))
        {
            return null;
        }

        var parts = header[(Scheme.Length + 1)..].Split(',').Select(p => p.Split('=', 2)).Where(p => p.Length == 2)
            .GroupBy(p => p[0].Trim(), StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First()[1].Trim(), StringComparer.Ordinal);
        if (!parts.TryGetValue("id", out var id) || !parts.TryGetValue("ts", out var ts) || !parts.TryGetValue("sig", out var sig)
            || !parts.TryGetValue("nonce", out var nonce) || !NoncePattern().IsMatch(nonce)
            || !long.TryParse(ts, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            || Math.Abs((now - DateTimeOffset.FromUnixTimeSeconds(Math.Clamp(seconds, 0, 253402300799))).TotalSeconds) > skew.TotalSeconds)
        {
            return null;
        }

        var member = members.FirstOrDefault(m => m.Id == id);
        return member is not null && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Mac(member.SharedSecret, method, path, ts, nonce)), Encoding.ASCII.GetBytes(sig))
            ? new Caller(member, nonce, DateTimeOffset.FromUnixTimeSeconds(seconds))
            : null;
    }

    public static string Sign(byte[] body, string privateKeyPem)
    {
        using var key = ECDsa.Create();
        key.ImportFromPem(privateKeyPem);
        return Convert.ToBase64String(key.SignData(body, HashAlgorithmName.SHA256));
    }

    public static bool IsSignedBy(byte[] body, string? signature, string publicKeyPem)
    {
        if (string.IsNullOrEmpty(signature))
        {
            return false;
        }

        try
        {
            using var key = ECDsa.Create();
            key.ImportFromPem(publicKeyPem);
            return key.VerifyData(body, Convert.FromBase64String(signature), HashAlgorithmName.SHA256);
        }
        catch (Exception e) when (e is FormatException or CryptographicException or ArgumentException)
        {
            return false;
        }
    }

    private static string Mac(string secret, string method, string path, string ts, string nonce) =>
        Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{method}\n{path}\n{ts}\n{nonce}")));

    [System.Text.RegularExpressions.GeneratedRegex("^[A-Za-z0-9_-]{16,64}\\z")]
    private static partial System.Text.RegularExpressions.Regex NoncePattern();
}
