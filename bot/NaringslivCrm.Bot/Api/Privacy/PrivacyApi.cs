using Microsoft.AspNetCore.Http.HttpResults;
using NaringslivCrm.Bot.Api.Auth;
using NaringslivCrm.Bot.Api.Csv;
using NaringslivCrm.Bot.Privacy.Audit;
using NaringslivCrm.Bot.Privacy.PersonalData;
using NaringslivCrm.Bot.Privacy.Retention;

namespace NaringslivCrm.Bot.Api.Privacy;

/// <summary>
/// /api/v1/privacy (managers): register extract (JSON or CSV), erasure of a person, and the retention dry run. Every
/// call is audited with a case reference (a hash), never with the person's name.
/// </summary>
public static class PrivacyApi
{
    public sealed record ErasureBody(string? Name, string? Email, string? Phone, bool Confirm);

    public sealed record PersonDto(string Name, string? Email, string? Phone);

    /// <summary>What the register holds about one person (Art. 15).</summary>
    public sealed record RegisterExtractDto(
        PersonDto Person, IReadOnlyList<RegisterExtract.ContactRecord> Contacts, IReadOnlyList<RegisterExtract.InteractionRecord> Interactions,
        IReadOnlyList<RegisterExtract.FollowUpRecord> FollowUps);

    /// <summary>What an erasure changed, counted per kind, with the case reference it was audited under.</summary>
    public sealed record ErasureResultDto(string CaseReference, int Contacts, int Interactions, int FollowUps, int Reminders, int Conflicts);

    public static RouteGroupBuilder MapPrivacyApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/privacy").RequireManager("Dataskyddsfunktionerna är till för chefer.", "The data protection functions are for managers.");
        group.MapGet("/extract", async Task<IResult> (HttpContext http, string? name, string? email, string? phone, string? format, RegisterExtract extract, CancellationToken ct) =>
        {
            var user = http.TabUser();
            var person = PersonQuery.Create(name, email, phone);
            if (!person.IsSuccess)
            {
                return Problems.Validation(http, person.Error!);
            }

            var found = await extract.FindAsync(user.Code, person.Value, ct);
            await http.AuditAsync(AuditAction.Extract, AuditSubject.Person, person.Value.CaseReference, $"{found.Count} poster", ct);
            if (!string.Equals(format, "csv", StringComparison.OrdinalIgnoreCase))
            {
                return TypedResults.Ok(new RegisterExtractDto(new PersonDto(person.Value.Name, person.Value.Email, person.Value.Phone), found.Contacts, found.Interactions, found.FollowUps));
            }

            return await CsvExport.WriteAsync(http, $"registerutdrag-{person.Value.CaseReference}.csv",
                ["Typ", "Organisationsnummer", "Id", "Datum", "Sekretess", "Uppgift"],
                async write =>
                {
                    foreach (var c in found.Contacts)
                    {
                        await write(["Kontaktperson", c.OrgNr, c.CompanyName, null, "nej", string.Join(", ", new[] { c.Name, c.Role, c.WorkPhone, c.WorkEmail }.Where(x => x is not null))]);
                    }

                    foreach (var i in found.Interactions)
                    {
                        await write(["Kontakt", i.OrgNr, i.Id, i.Date, i.Confidential ? "ja" : "nej", string.Join(" | ", i.Participant ? i.Texts.Prepend("(deltagare)") : i.Texts)]);
                    }

                    foreach (var f in found.FollowUps)
                    {
                        await write(["Uppföljning", f.OrgNr, f.Id, f.DueDate, "nej", string.Join(" | ", f.Texts)]);
                    }
                });
        }).Produces<RegisterExtractDto>(200, "application/json", "text/csv").ProducesProblem(400).ProducesProblem(403);
        group.MapPost("/erasure", async Task<Results<Ok<ErasureResultDto>, ProblemHttpResult>> (HttpContext http, ErasureBody? body, PersonEraser eraser, CancellationToken ct) =>
        {
            var user = http.TabUser();
            var person = PersonQuery.Create(body?.Name, body?.Email, body?.Phone);
            if (!person.IsSuccess)
            {
                return Problems.Validation(http, person.Error!);
            }

            if (body is not { Confirm: true })
            {
                return Problems.BadRequest(http, "Bekräfta radering (confirm: true). Radering kan inte ångras.", "Confirm the erasure (confirm: true). It cannot be undone.");
            }

            var result = await eraser.EraseAsync(user.Code, person.Value, ct);
            await http.AuditAsync(AuditAction.Erase, AuditSubject.Person, person.Value.CaseReference,
                $"{result.Contacts} kontaktpersoner, {result.Interactions} kontakter, {result.FollowUps} uppföljningar, {result.Reminders} påminnelser; {result.Conflicts} konflikter", ct);
            return TypedResults.Ok(new ErasureResultDto(person.Value.CaseReference, result.Contacts, result.Interactions, result.FollowUps, result.Reminders, result.Conflicts));
        }).ProducesProblem(400).ProducesProblem(403);
        group.MapGet("/retention", async Task<Results<Ok<ItemList<RetentionJob.Item>>, ProblemHttpResult>> (HttpContext http, RetentionJob retention, CancellationToken ct) =>
        {
            var user = http.TabUser();
            var plan = await retention.PlanAsync(user.Code, ct);
            await http.AuditAsync(AuditAction.Read, AuditSubject.Retention, "dry-run", $"{plan.Count} poster", ct);
            return TypedResults.Ok(new ItemList<RetentionJob.Item>(plan));
        }).ProducesProblem(403);
        return api;
    }
}
