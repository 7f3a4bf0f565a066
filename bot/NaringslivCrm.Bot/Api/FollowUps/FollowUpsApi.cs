using NaringslivCrm.Bot.Api.Auth;
using NaringslivCrm.Bot.Api.Csv;
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

    public sealed record BulkReassignBody(IReadOnlyList<BulkItem>? Items, string? OwnerId);

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
        group.MapPost("/{id}/close", (HttpContext http, string id, CloseBody? body, FollowUpChanges changes, CancellationToken ct) =>
            Change(http, id, changes, changes.Close(http.TabUser(), body?.Note), ct));
        group.MapPost("/{id}/postpone", (HttpContext http, string id, PostponeBody? body, FollowUpChanges changes, CancellationToken ct) =>
            Change(http, id, changes, changes.Postpone(http.TabUser(), body?.WorkingDays ?? 0), ct));
        group.MapPost("/{id}/reassign", (HttpContext http, string id, ReassignBody? body, FollowUpChanges changes, CancellationToken ct) =>
            Change(http, id, changes, changes.Reassign(http.TabUser(), body?.OwnerId, ct), ct));
        group.MapPost("/reassign", BulkReassignAsync);
        return api;
    }

    private static async Task<IResult> Change(HttpContext http, string id, FollowUpChanges changes, Func<FollowUp, Task<Domain.Common.Result>> change, CancellationToken ct)
    {
        var user = http.TabUser();
        if (!Guid.TryParse(id, out var guid))
        {
            return Problems.NotFound(http, "Uppföljningen finns inte.", "The follow-up does not exist.");
        }

        var ifMatch = http.Request.Headers.IfMatch.ToString();
        if (ifMatch.Length == 0)
        {
            return Problems.Of(http, 428, "Ange vilken version du ändrar (If-Match).", "Say which version you are changing (If-Match).");
        }

        var result = await changes.ApplyAsync(user, guid, ifMatch, change, ct);
        return await AnswerAsync(http, result, ct);
    }

    private static Task<IResult> AnswerAsync(HttpContext http, FollowUpChanges.Result result, CancellationToken ct)
    {
        var today = SwedishCalendar.Today(http.RequestServices.GetRequiredService<TimeProvider>());
        return Task.FromResult(result.Outcome switch
        {
            FollowUpChanges.Outcome.Changed => Results.Ok(Dto(result.FollowUp!, today)),
            FollowUpChanges.Outcome.NotFound => Problems.NotFound(http, "Uppföljningen finns inte.", "The follow-up does not exist."),
            FollowUpChanges.Outcome.Invalid => Problems.Validation(http, result.Error!),
            _ => Problems.Of(http, 412, "Någon annan har ändrat uppföljningen. Här är den aktuella versionen.",
                "Someone else has changed the follow-up. Here is the current version.",
                new Dictionary<string, object?> { ["current"] = result.FollowUp is null ? null : Dto(result.FollowUp, today) }),
        });
    }

    private static async Task<IResult> BulkReassignAsync(HttpContext http, BulkReassignBody? body, FollowUpChanges changes, TimeProvider time, CancellationToken ct)
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

        var today = SwedishCalendar.Today(time);
        var updated = new List<FollowUpDto>();
        var conflicts = new List<object>();
        foreach (var item in items)
        {
            if (!Guid.TryParse(item.Id, out var id))
            {
                continue;
            }

            var result = await changes.ApplyAsync(user, id, item.Etag, changes.Reassign(user, body.OwnerId, ct), ct);
            if (result.Outcome == FollowUpChanges.Outcome.Changed)
            {
                updated.Add(Dto(result.FollowUp!, today));
            }
            else if (result.Outcome is FollowUpChanges.Outcome.Invalid && result.Error?.Code == "follow-up.owner-unknown")
            {
                return Problems.Validation(http, result.Error);
            }
            else if (result.FollowUp is not null)
            {
                conflicts.Add(new { id = item.Id, current = Dto(result.FollowUp, today) });
            }
        }

        return Results.Ok(new { updated, conflicts });
    }

    private static FollowUpDto Dto(FollowUp f, DateOnly today) => FollowUpDto.From(f, string.Empty, [], today);

    private static string StatusSv(string status) => status switch
    {
        "Open" => "Öppen",
        "InProgress" => "Pågår",
        _ => "Klar",
    };
}
