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

    public static RouteGroupBuilder MapFollowUpsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/followups");
        group.MapGet("/", async (HttpContext http, FollowUpLister lister, TimeProvider time, int? pageSize, string? continuationToken, CancellationToken ct) =>
        {
            var user = http.TabUser();
            var (filter, error) = FollowUpFilter.Parse(http.Request, user);
            if (filter is null)
            {
                return Problems.BadRequest(http, $"Ogiltigt filter: {error}.", $"Invalid filter: {error}.");
            }

            var page = await lister.PageAsync(user.Code, filter, Math.Clamp(pageSize ?? 50, 1, 200), continuationToken, ct);
            await http.AuditAsync(AuditAction.Read, AuditSubject.FollowUp, "list", http.Request.QueryString.Value, ct);
            var today = SwedishCalendar.Today(time);
            return Results.Ok(new { items = page.Items.Select(s => FollowUpDto.From(s, today)), continuationToken = page.ContinuationToken });
        });
        group.MapGet("/export", async (HttpContext http, FollowUpLister lister, TimeProvider time, CancellationToken ct) =>
        {
            var user = http.TabUser();
            var (filter, error) = FollowUpFilter.Parse(http.Request, user);
            if (filter is null)
            {
                return Problems.BadRequest(http, $"Ogiltigt filter: {error}.", $"Invalid filter: {error}.");
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
        });
        group.MapPost("/{id}/close", (HttpContext http, string id, CloseBody? body, FollowUpChangeService changes, CancellationToken ct) =>
            ChangeAsync(http, id, (actor, guid, version) => changes.CloseAsync(actor, guid, version, body?.Note, ct)));
        group.MapPost("/{id}/postpone", (HttpContext http, string id, PostponeBody? body, FollowUpChangeService changes, CancellationToken ct) =>
            ChangeAsync(http, id, (actor, guid, version) => changes.PostponeAsync(actor, guid, version, body?.WorkingDays, ct)));
        group.MapPost("/{id}/reassign", (HttpContext http, string id, ReassignBody? body, FollowUpChangeService changes, CancellationToken ct) =>
            ChangeAsync(http, id, (actor, guid, version) => changes.ReassignAsync(actor, guid, version, body?.OwnerId, ct)));
        group.MapPost("/reassign", BulkReassignAsync);
        return api;
    }

    /// <summary>The tab user as a follow-up actor: the manager role comes from the token.</summary>
    public static FollowUpActor Actor(this TabUser user) => new(user.Code, user.Ref, user.IsManager);

    private static async Task<IResult> ChangeAsync(HttpContext http, string id, Func<FollowUpActor, Guid, string?, Task<FollowUpChangeResult>> change)
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
            FollowUpChangeOutcome.Changed => Results.Ok(Dto(result.FollowUp!, today)),
            FollowUpChangeOutcome.NotFound => Problems.Validation(http, result.Error!, 404),
            FollowUpChangeOutcome.Forbidden => Problems.Validation(http, result.Error!, 403),
            FollowUpChangeOutcome.VersionRequired => Problems.Validation(http, result.Error!, 428),
            FollowUpChangeOutcome.Invalid => Problems.Validation(http, result.Error!),
            _ => Problems.Validation(http, result.Error!, 412,
                new Dictionary<string, object?> { ["current"] = result.FollowUp is null ? null : Dto(result.FollowUp, today) }),
        };
    }

    private static async Task<IResult> BulkReassignAsync(HttpContext http, BulkReassignBody? body, FollowUpChangeService changes, TimeProvider time, CancellationToken ct)
    {
        var user = http.TabUser();
        if (!user.IsManager)
        {
            return Problems.Of(http, 403, "Bara chefer kan tilldela flera uppföljningar.", "Only managers can reassign several follow-ups.");
        }

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
        var conflicts = new List<object>();
        var refused = new List<object>();
        foreach (var (item, result) in items.Zip(results))
        {
            if (result.Changed)
            {
                updated.Add(Dto(result.FollowUp!, today));
            }
            else if (result.Outcome is FollowUpChangeOutcome.Stale or FollowUpChangeOutcome.Invalid && result.FollowUp is not null)
            {
                conflicts.Add(new { id = item!.Id, current = Dto(result.FollowUp, today) });
            }
            else
            {
                refused.Add(new { id = item!.Id, code = result.Error!.Code, detail = Problems.English(http) ? result.Error.English : result.Error.Swedish });
            }
        }

        return Results.Ok(new { updated, conflicts, refused });
    }

    private static FollowUpDto Dto(FollowUp f, DateOnly today) => FollowUpDto.From(f, string.Empty, [], today);

    private static string StatusSv(string status) => status switch
    {
        "Open" => "Öppen",
        "InProgress" => "Pågår",
        _ => "Klar",
    };
}
