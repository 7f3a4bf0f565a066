using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using NaringslivCrm.Bot.Api.Auth;
using NaringslivCrm.Bot.Api.Csv;
using NaringslivCrm.Bot.Privacy.Audit;
using NaringslivCrm.Domain.Calendar;

namespace NaringslivCrm.Bot.Api.Privacy;

/// <summary>/api/v1/audit (managers): one month of the municipality's audit log, paged, and as CSV. Reading it is logged too.</summary>
public static class AuditApi
{
    /// <summary>One audit entry: channel tab / bot / system; action and subject in lower case.</summary>
    public sealed record AuditEntryDto(
        DateTimeOffset At, string ActorId, string ActorName, [property: AllowedValues("tab", "bot", "system")] string Channel, string Action, string Subject, string SubjectId, string? Detail);

    private const string ManagerOnlySv = "Granskningsloggen är till för chefer.";
    private const string ManagerOnlyEn = "The audit log is for managers.";

    public static RouteGroupBuilder MapAuditApi(this RouteGroupBuilder api)
    {
        api.MapGet("/audit", async Task<Results<Ok<ItemsPage<AuditEntryDto>>, ProblemHttpResult>> (HttpContext http, string? month, int? pageSize, string? continuationToken, IAuditLog log, TimeProvider time, CancellationToken ct) =>
        {
            var user = http.TabUser();
            if (Refused(http, user, month, time, out var start) is { } refused)
            {
                return refused;
            }

            await http.AuditAsync(AuditAction.Read, AuditSubject.AuditLog, Month(start), null, ct);
            var page = await log.PageAsync(user.Code, start, Math.Clamp(pageSize ?? 100, 1, 500), continuationToken, ct);
            return TypedResults.Ok(new ItemsPage<AuditEntryDto>([.. page.Items.Select(Dto)], page.ContinuationToken));
        }).ProducesProblem(400).ProducesProblem(403)
            .RequireManager(ManagerOnlySv, ManagerOnlyEn);
        api.MapGet("/audit/export", async Task<IResult> (HttpContext http, string? month, IAuditLog log, TimeProvider time, CancellationToken ct) =>
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
        }).Produces(200, contentType: "text/csv").ProducesProblem(400).ProducesProblem(403)
            .RequireManager(ManagerOnlySv, ManagerOnlyEn);
        return api;
    }

    private static ProblemHttpResult? Refused(HttpContext http, TabUser user, string? month, TimeProvider time, out DateOnly start)
    {
        var today = SwedishCalendar.Today(time);
        start = new DateOnly(today.Year, today.Month, 1);
        if (month is not null && !DateOnly.TryParseExact(month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out start))
        {
            return Problems.BadRequest(http, "Ange månaden som ÅÅÅÅ-MM.", "Give the month as YYYY-MM.");
        }

        return null;
    }

    private static string Month(DateOnly d) => d.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    private static AuditEntryDto Dto(AuditEntry e) => new(
        e.At, e.ActorId, e.ActorName, e.Channel.ToString().ToLowerInvariant(), e.Action.ToString().ToLowerInvariant(),
        e.Subject.ToString().ToLowerInvariant(), e.SubjectId, e.Detail);
}
