using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using NaringslivCrm.Bot.Api.Auth;
using NaringslivCrm.Bot.Api.Csv;
using NaringslivCrm.Bot.Companies;
using NaringslivCrm.Bot.Privacy.Audit;
using NaringslivCrm.Domain.Calendar;
using NaringslivCrm.Domain.Companies;

namespace NaringslivCrm.Bot.Api.Companies;

/// <summary>/api/v1/companies: search by name, org number or SNI (paged), CSV export, and one company with its timeline.</summary>
public static class CompaniesApi
{
    public static RouteGroupBuilder MapCompaniesApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/companies");
        group.MapGet("/", async Task<Ok<ItemsPage<CompanySummary>>> (HttpContext http, CompanyNameCache names, CompanyListing listing, string? q, int? pageSize, string? continuationToken, CancellationToken ct) =>
        {
            var user = http.TabUser();
            var size = Math.Clamp(pageSize ?? 50, 1, 100);
            var skip = int.TryParse(continuationToken, NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : 0;
            var hits = await names.SearchAsync(user.Code, q, skip + size + 1, ct);
            var page = hits.Skip(skip).Take(size).ToList();
            var items = await listing.RowsAsync(user.Code, page, ct);
            var next = hits.Count > skip + size ? (skip + size).ToString(CultureInfo.InvariantCulture) : null;
            return TypedResults.Ok(new ItemsPage<CompanySummary>(items, next));
        });
        group.MapGet("/export", async Task<IResult> (HttpContext http, CompanyNameCache names, CompanyListing listing, TimeProvider time, string? q, CancellationToken ct) =>
        {
            var user = http.TabUser();
            var hits = await names.SearchAsync(user.Code, q, 100_000, ct);
            await http.AuditAsync(AuditAction.Export, AuditSubject.Company, "list", http.Request.QueryString.Value, ct);
            return await CsvExport.WriteAsync(http, $"foretag-{SwedishCalendar.Today(time):yyyy-MM-dd}.csv",
                ["Företag", "Organisationsnummer", "SNI", "Senaste kontakt", "Öppna behov", "Öppna signaler", "Öppna uppföljningar"],
                async write =>
                {
                    foreach (var chunk in hits.Chunk(50))
                    {
                        foreach (var r in await listing.RowsAsync(user.Code, chunk, ct))
                        {
                            await write([r.Name, r.OrgNr, r.SniCode, r.LastContact, Num(r.OpenNeeds), Num(r.OpenSignals), Num(r.OpenFollowUps)]);
                        }
                    }
                });
        }).Produces(200, contentType: "text/csv");
        group.MapGet("/{orgNr}", async Task<Results<Ok<CompanyDetail>, ProblemHttpResult>> (HttpContext http, string orgNr, string? continuationToken, CompanyTimeline timeline, CancellationToken ct) =>
        {
            if (!TimelineCursor.TryDecode(continuationToken, out var cursor))
            {
                return Problems.BadRequest(http, "Fortsättningstoken är ogiltig. Ladda om företagssidan.", "The continuation token is not valid. Reload the company page.");
            }

            var parsed = OrgNumber.Parse(orgNr);
            var page = parsed.IsSuccess ? await timeline.BuildAsync(http.TabUser(), parsed.Value, cursor, ct) : null;
            if (page is not null)
            {
                await http.AuditAsync(AuditAction.Read, AuditSubject.Company, parsed.Value.Digits, "timeline", ct);
            }

            return page is null ? Problems.NotFound(http, "Företaget finns inte i kommunens register.", "The company is not in the municipality's register.") : TypedResults.Ok(page);
        }).ProducesProblem(400).ProducesProblem(404);
        return api;
    }

    private static string Num(int n) => n.ToString(CultureInfo.InvariantCulture);
}
