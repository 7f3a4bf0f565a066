using System.Text.Json;
using Microsoft.Extensions.Options;

namespace NaringslivCrm.Bot.Digest;

/// <summary>Collects a member's signed weekly report; anything late, refused, unsigned or malformed counts as not reported.</summary>
public sealed partial class NetworkClient(HttpClient http, IOptions<NetworkOptions> options, TimeProvider time, ILogger<NetworkClient> logger)
{
    public async Task<InstallationReport?> FetchAsync(NetworkMember member, string week, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Value.FetchTimeout);
        var path = $"/api/network/v1/reports/{week}";
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(new Uri(member.BaseUrl), path));
            request.Headers.TryAddWithoutValidation("Authorization",
                NetworkSignature.Authorization(options.Value.InstallationId, member.SharedSecret, "GET", path, time.GetUtcNow()));
            using var response = await http.SendAsync(request, timeout.Token);
            var body = await response.Content.ReadAsByteArrayAsync(timeout.Token);
            if (!response.IsSuccessStatusCode)
            {
                LogRefused(logger, member.Id, (int)response.StatusCode);
                return null;
            }

            var signature = response.Headers.TryGetValues(NetworkSignature.SignatureHeader, out var values) ? values.FirstOrDefault() : null;
            if (!NetworkSignature.IsSignedBy(body, signature, member.PublicKeyPem))
            {
                LogBadSignature(logger, member.Id);
                return null;
            }

            var report = JsonSerializer.Deserialize<InstallationReport>(body, NetworkReports.Json);
            return report is not null && report.Installation == member.Id && report.Week == week ? report : null;
        }
        catch (Exception e) when (e is HttpRequestException or OperationCanceledException or JsonException && !cancellationToken.IsCancellationRequested)
        {
            LogUnreachable(logger, member.Id, e.GetType().Name);
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Network member {Member} refused the weekly report request ({Status})")]
    private static partial void LogRefused(ILogger logger, string member, int status);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Network member {Member} sent a report without a valid signature; ignored")]
    private static partial void LogBadSignature(ILogger logger, string member);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Network member {Member} did not answer in time ({Error})")]
    private static partial void LogUnreachable(ILogger logger, string member, string error);
}
