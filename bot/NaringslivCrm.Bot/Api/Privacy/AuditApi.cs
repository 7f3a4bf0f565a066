using System.Globalization;
using NaringslivCrm.Bot.Api.Auth;
using NaringslivCrm.Bot.Api.Csv;
using NaringslivCrm.Bot.Privacy.Audit;
using NaringslivCrm.Domain.Calendar;

namespace NaringslivCrm.Bot.Api.Privacy;

/// <summary>/api/v1/audit (managers): one month of the municipality's audit log, paged, and as CSV. Reading it is logged too.</summary>
public static class AuditApi
{
    public static RouteGroupBuilder MapAuditApi(this RouteGroupBuilder api)
    {
        api.MapGet("/audit", async (HttpContext http, string? month, int? pageSize, string? continuationToken, IAuditLog log, TimeProvider time, CancellationToken ct) =>
        {
            var user = http.TabUser();
            if (Refused(http, user, month, time, out var start) is { } refused)
            {
                return refused;
            }

            await http.AuditAsync(AuditAction.Read, AuditSubject.AuditLog, Month(start), null, ct);
            var page = await log.PageAsync(user.Code, start, Math.Clamp(pageSize ?? 100, 1, 500), continuationToken, ct);
            return Results.Ok(new { items = page.Items.Select(Dto), continuationToken = page.ContinuationToken });
        });
        api.MapGet("/audit/export", async (HttpContext http, string? month, IAuditLog log, TimeProvider time, CancellationToken ct) =>
        {
            var user = http.TabUser();
            if (Refused(http, user, month, time, out var start) is { } refused)
            {
                return refused;
            }

            await http.AuditAsync(AuditAction.Export, AuditSubject.AuditLog, Month(start), null, ct);
            return await CsvExport.WriteAsync(http, $"granskningslogg-{Month(start)}.csv",
                ["Tidpunkt (UTC)", "Användare", "Användar-id", "Kanal", "Händelse", "Typ", "Id", "Detalj"],
                async write =>
                {
                    string? token = null;
                    do
                    {
                        var page = await log.PageAsync(user.Code, start, 1000, token, ct);
                        foreach (var e in page.Items)
                        {
                            await write([e.At.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture), e.ActorName, e.ActorId,
                                e.Channel.ToString(), e.Action.ToString(), e.Subject.ToString(), e.SubjectId, e.Detail]);
                        }

                        token = page.ContinuationToken;
                    }
                    while (token is not null);
                });
        });
        return api;
    }

    private static IResult? Refused(HttpContext http, TabUser user, string? month, TimeProvider time, out DateOnly start)
    {
        var today = SwedishCalendar.Today(time);
        start = new DateOnly(today.Year, today.Month, 1);
        if (!user.IsManager)
        {
            return Problems.Of(http, 403, "Granskningsloggen är till för chefer.", "The audit log is for managers.");
        }

        if (month is not null && !DateOnly.TryParseExact(month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out start))
        {
            return Problems.BadRequest(http, "Ange månaden som ÅÅÅÅ-MM.", "Give the month as YYYY-MM.");
        }

        return null;
    }

    private static string Month(DateOnly d) => d.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    private static object Dto(AuditEntry e) => new
    {
        at = e.At,
        actorId = e.ActorId,
        actorName = e.ActorName,
        channel = e.Channel.ToString().ToLowerInvariant(),
        action = e.Action.ToString().ToLowerInvariant(),
        subject = e.Subject.ToString().ToLowerInvariant(),
        subjectId = e.SubjectId,
        detail = e.Detail,
    };
}
