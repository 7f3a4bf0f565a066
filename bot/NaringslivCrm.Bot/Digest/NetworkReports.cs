using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using NaringslivCrm.Bot.Api;
using NaringslivCrm.Bot.Tenancy;
using NaringslivCrm.Bot.Storage.Digest;

namespace NaringslivCrm.Bot.Digest;

/// <summary>
/// GET /api/network/v1/reports/{yyyy-Www}: this installation's weekly reports for the network, for listed members only
/// (HMAC-authenticated request), signed with our key. Counts and category ids only.
/// </summary>
public static partial class NetworkReports
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static IEndpointRouteBuilder MapNetworkReports(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/network/v1/reports/{week}", async (HttpContext http, string week, IOptions<NetworkOptions> options, IMunicipalityDirectory municipalities,
            IWeekRollupReader rollups, NetworkReplayGuard replays, TimeProvider time, CancellationToken ct) =>
        {
            var o = options.Value;
            var caller = NetworkSignature.VerifyRequest(http.Request.Headers.Authorization.ToString(), o.Members, "GET", http.Request.Path.Value ?? string.Empty, time.GetUtcNow(), o.MaxClockSkew);
            if (caller is null || o.SigningKeyPem is null)
            {
                return Problems.Of(http, 401, "Endast nätverkets medlemmar kan hämta veckorapporter.", "Only members of the network can fetch weekly reports.");
            }

            if (!await replays.FirstUseAsync(caller, ct))
            {
                return Problems.Of(http, 401, "Begäran har redan använts en gång.", "The request has already been used once.");
            }

            if (!WeekPattern().IsMatch(week))
            {
                return Problems.BadRequest(http, "Ange veckan som ÅÅÅÅ-Vvv, t.ex. 2026-W48.", "Give the week as YYYY-Www, e.g. 2026-W48.");
            }

            var reports = await Task.WhenAll(municipalities.All.Select(m => rollups.ReadAsync(m.Code, m.Name, week, ct)));
            var body = JsonSerializer.SerializeToUtf8Bytes(new InstallationReport(o.InstallationId, week, time.GetUtcNow(), reports), Json);
            http.Response.Headers[NetworkSignature.SignatureHeader] = NetworkSignature.Sign(body, o.SigningKeyPem);
            return Results.Bytes(body, "application/json");
        });
        return app;
    }

    /// <summary>ASCII digits only (\d would take any Unicode digit) and \z (a $ would let a trailing newline through).</summary>
    [GeneratedRegex(@"^[0-9]{4}-W(0[1-9]|[1-4][0-9]|5[0-3])\z")]
    public static partial Regex WeekPattern();
}
