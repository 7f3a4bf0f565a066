using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using NaringslivCrm.Testing.Fakes;

namespace NaringslivCrm.Bot.Tests.Digest;

/// <summary>
/// Another installation of the network on loopback, speaking the federation's wire format with its own crypto (not the
/// app's): checks the caller's HMAC ("Ncrm-Hmac id,ts,nonce,sig" over "GET\n{path}\n{ts}\n{nonce}", a new nonce each time) and answers a report signed with
/// its ECDSA P-256 key. It can be slow or tamper with its own body after signing.
/// </summary>
public sealed class FakeNetworkMember(string id, string secret, IReadOnlyList<object> municipalities) : LoopbackServer
{
    private readonly ECDsa key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
    private readonly HashSet<string> seen = [];

    public TimeSpan Delay { get; init; }

    public bool Tamper { get; init; }

    public int Authorized { get; private set; }

    public int Refused { get; private set; }

    public string PublicKeyPem => key.ExportSubjectPublicKeyInfoPem();

    protected override void Map(IEndpointRouteBuilder routes) => routes.MapGet("/api/network/v1/reports/{week}", async (HttpContext http, string week) =>
    {
        await Task.Delay(Delay);
        var auth = http.Request.Headers.Authorization.ToString();
        var fields = auth.Replace("Ncrm-Hmac ", string.Empty, StringComparison.Ordinal).Split(',').Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => p[1]);
        var expected = Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"GET\n{http.Request.Path}\n{fields.GetValueOrDefault("ts")}\n{fields.GetValueOrDefault("nonce")}")));
        if (!auth.StartsWith("Ncrm-Hmac ", StringComparison.Ordinal) || fields.GetValueOrDefault("sig") != expected
            || fields.GetValueOrDefault("nonce") is not { Length: >= 16 } nonce || !seen.Add(nonce)
            || Math.Abs(DateTimeOffset.UtcNow.ToUnixTimeSeconds() - long.Parse(fields["ts"], CultureInfo.InvariantCulture)) > 300)
        {
            Refused++;
            return Results.StatusCode(401);
        }

        Authorized++;
        var body = JsonSerializer.SerializeToUtf8Bytes(new { installation = id, week, issuedAt = DateTimeOffset.UtcNow, municipalities }, new JsonSerializerOptions(JsonSerializerDefaults.Web));
        http.Response.Headers["Ncrm-Signature"] = Convert.ToBase64String(key.SignData(body, HashAlgorithmName.SHA256));
        if (Tamper)
        {
            body = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(body).Replace("\"contacts\":3", "\"contacts\":300", StringComparison.Ordinal));
        }

        return Results.Bytes(body, "application/json");
    });

    public static object Report(string code, string name, string week, int contacts, Dictionary<string, int> needs, Dictionary<string, int>? signals = null) =>
        new { code, name, week, contacts, firms = contacts, needs, signals = signals ?? [], closed = 1, daysHistogram = "30:1" };
}
