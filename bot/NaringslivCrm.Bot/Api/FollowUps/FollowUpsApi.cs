using Microsoft.AspNetCore.Http.HttpResults;
using NaringslivCrm.Bot.Api.Auth;
using NaringslivCrm.Bot.Api.Csv;
using NaringslivCrm.Bot.FollowUps.Changes;
using NaringslivCrm.Bot.Privacy.Audit;
using NaringslivCrm.Domain.Calendar;
using NaringslivCrm.Domain.Companies;
using NaringslivCrm.Domain.FollowUps;

namespace NaringslivCrm.Bot.Api.FollowUps;

/// <summary>/api/v1/followups: list with filters and paging, CSV export, close / postpone / reassign (one or many).</summary>
public static class FollowUpsApi
{
    public sealed record CloseBody(string? Note);

    public sealed record PostponeBody(int WorkingDays);

    public sealed record ReassignBody(string? OwnerId);

    public sealed record BulkItem(string? Id, string? Etag);

    public sealed record BulkReassignBody(IReadOnlyList<BulkItem?>? Items, string? OwnerId);

    /// <summary>An item that changed since the caller read it: the current follow-up, to show and retry.</summary>
    public sealed record BulkConflict(string Id, FollowUpDto Current);

    /// <summary>An item that was not changed, with the refusal's stable code and text.</summary>
    public sealed record BulkRefusal(string Id, string Code, string Detail);

    public sealed record BulkReassignResult(IReadOnlyList<FollowUpDto> Updated, IReadOnlyList<BulkConflict> Conflicts, IReadOnlyList<BulkRefusal> Refused);

    public static RouteGroupBuilder MapFollowUpsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/followups");
        group.MapGet("/", async Task<Results<Ok<ItemsPage<FollowUpDto>>, ProblemHttpResult>> (HttpContext http, FollowUpLister lister, TimeProvider time, int? pageSize, string? continuationToken, CancellationToken ct) =>
        {
            var user = http.TabUser();
            var (filter, error) = FollowUpFilter.Parse(http.Request, user);
            if (filter is null)
            {
                return Problems.BadRequest(http, error!.Swedish, error.English);
            }

            var page = await lister.PageAsync(user.Code, filter, Math.Clamp(pageSize ?? 50, 1, 200), continuationToken, ct);
            await http.AuditAsync(AuditAction.Read, AuditSubject.FollowUp, "list", http.Request.QueryString.Value, ct);
            var today = SwedishCalendar.Today(time);
            return TypedResults.Ok(new ItemsPage<FollowUpDto>([.. page.Items.Select(s => FollowUpDto.From(s, today))], page.ContinuationToken));
        }).ProducesProblem(400);
        group.MapGet("/export", async Task<IResult> (HttpContext http, FollowUpLister lister, TimeProvider time, CancellationToken ct) =>
        {
            var user = http.TabUser();
            var (filter, error) = FollowUpFilter.Parse(http.Request, user);
            if (filter is null)
            {
                return Problems.BadRequest(http, error!.Swedish, error.English);
            }

            await http.AuditAsync(AuditAction.Export, AuditSubject.FollowUp, "list", http.Request.QueryString.Value, ct);
            return await CsvExport.WriteAsync(http, $"uppfoljningar-{SwedishCalendar.Today(time):yyyy-MM-dd}.csv",
                ["Företag", "Organisationsnummer", "Uppföljning", "Ansvarig", "Förfallodatum", "Status", "Skapad", "Stängd"],
                async write =>
                {
                    string? token = null;
                    do
                    {
                        var page = await lister.PageAsync(user.Code, filter, 200, token, ct);
                        foreach (var s in page.Items)
                        {
                            await write([s.CompanyName, FollowUpDto.From(s, default).CompanyOrgNr, s.Description, s.OwnerName,
                                s.DueDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), StatusSv(s.Status),
                                s.CreatedAt.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                                s.ClosedAt?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty]);
                        }

                        token = page.ContinuationToken;
                    }
                    while (token is not null);
                });
        }).Produces(200, contentType: "text/csv").ProducesProblem(400);
        group.MapPost("/{id}/close", (HttpContext http, string id, CloseBody? body, FollowUpChangeService changes, CancellationToken ct) =>
            ChangeAsync(http, id, (actor, guid, version) => changes.CloseAsync(actor, guid, version, body?.Note, ct)))
            .ProducesChangeProblems();
        group.MapPost("/{id}/postpone", (HttpContext http, string id, PostponeBody? body, FollowUpChangeService changes, CancellationToken ct) =>
            ChangeAsync(http, id, (actor, guid, version) => changes.PostponeAsync(actor, guid, version, body?.WorkingDays, ct)))
            .ProducesChangeProblems();
        group.MapPost("/{id}/reassign", (HttpContext http, string id, ReassignBody? body, FollowUpChangeService changes, CancellationToken ct) =>
            ChangeAsync(http, id, (actor, guid, version) => changes.ReassignAsync(actor, guid, version, body?.OwnerId, ct)))
            .ProducesChangeProblems();
        group.MapPost("/reassign", BulkReassignAsync).ProducesProblem(400).ProducesProblem(403)
            .RequireManager("Bara chefer kan tilldela flera uppföljningar.", "Only managers can reassign several follow-ups.");
        return api;
    }

    /// <summary>The refusals a change can answer with, for the OpenAPI document.</summary>
    private static RouteHandlerBuilder ProducesChangeProblems(this RouteHandlerBuilder route) =>
        route.ProducesProblem(400).ProducesProblem(403).ProducesProblem(404).ProducesProblem(412).ProducesProblem(428);

    /// <summary>The tab user as a follow-up actor: the manager role comes from the token.</summary>
    public static FollowUpActor Actor(this TabUser user) => new(user.Code, user.Ref, user.IsManager);

    private static async Task<Results<Ok<FollowUpDto>, ProblemHttpResult>> ChangeAsync(HttpContext http, string id, Func<FollowUpActor, Guid, string?, Task<FollowUpChangeResult>> change)
    {
        if (!Guid.TryParse(id, out var guid))
        {
            return Problems.Validation(http, FollowUpErrors.NotFound, 404);
        }

        var ifMatch = http.Request.Headers.IfMatch.ToString();
        var result = await change(http.TabUser().Actor(), guid, ifMatch.Length == 0 ? null : ifMatch);
        var today = SwedishCalendar.Today(http.RequestServices.GetRequiredService<TimeProvider>());
        return result.Outcome switch
        {
            FollowUpChangeOutcome.Changed => TypedResults.Ok(Dto(result.FollowUp!, today)),
            FollowUpChangeOutcome.NotFound => Problems.Validation(http, result.Error!, 404),
            FollowUpChangeOutcome.Forbidden => Problems.Validation(http, result.Error!, 403),
            FollowUpChangeOutcome.VersionRequired => Problems.Validation(http, result.Error!, 428),
            FollowUpChangeOutcome.Invalid => Problems.Validation(http, result.Error!),
            _ => Problems.Validation(http, result.Error!, 412,
                new Dictionary<string, object?> { ["current"] = result.FollowUp is null ? null : Dto(result.FollowUp, today) }),
        };
    }

    private static async Task<Results<Ok<BulkReassignResult>, ProblemHttpResult>> BulkReassignAsync(HttpContext http, BulkReassignBody? body, FollowUpChangeService changes, TimeProvider time, CancellationToken ct)
    {
        var user = http.TabUser();
        if (body?.Items is not { Count: > 0 and <= 100 } items)
        {
            return Problems.BadRequest(http, "Välj 1–100 uppföljningar.", "Choose 1–100 follow-ups.");
        }

        for (var i = 0; i < items.Count; i++)
        {
            // Checked before any change, so a bad item leaves every follow-up as it was.
            if (items[i] is not { } item || !Guid.TryParse(item.Id, out _))
            {
                return Problems.BadRequest(http, $"Rad {i + 1} i items saknar ett giltigt id.", $"Item {i + 1} has no valid id.");
            }
        }

        var results = await changes.ReassignManyAsync(user.Actor(), [.. items.Select(i => (Guid.Parse(i!.Id!), i.Etag))], body.OwnerId, ct);
        if (results.FirstOrDefault(r => r.Error == FollowUpErrors.OwnerUnknown) is { } unknownOwner)
        {
            return Problems.Validation(http, unknownOwner.Error!);
        }

        var today = SwedishCalendar.Today(time);
        var updated = new List<FollowUpDto>();
        var conflicts = new List<BulkConflict>();
        var refused = new List<BulkRefusal>();
        foreach (var (item, result) in items.Zip(results))
        {
            if (result.Changed)
            {
                updated.Add(Dto(result.FollowUp!, today));
            }
            else if (result.Outcome is FollowUpChangeOutcome.Stale or FollowUpChangeOutcome.Invalid && result.FollowUp is not null)
            {
                conflicts.Add(new BulkConflict(item!.Id!, Dto(result.FollowUp, today)));
            }
            else
            {
                refused.Add(new BulkRefusal(item!.Id!, result.Error!.Code, Problems.English(http) ? result.Error.English : result.Error.Swedish));
            }
        }

        return TypedResults.Ok(new BulkReassignResult(updated, conflicts, refused));
    }

    private static FollowUpDto Dto(FollowUp f, DateOnly today) => FollowUpDto.From(f, string.Empty, [], today);

    private static string StatusSv(string status) => status switch
    {
        "Open" => "Öppen",
        "InProgress" => "Pågår",
        _ => "Klar",
    };
}
