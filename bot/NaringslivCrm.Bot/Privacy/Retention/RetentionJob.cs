using System.Globalization;
using Microsoft.Extensions.Options;
using NaringslivCrm.Bot.Privacy.Audit;
using NaringslivCrm.Bot.Privacy.PersonalData;
using NaringslivCrm.Bot.Tenancy;
using NaringslivCrm.Domain.Calendar;
using NaringslivCrm.Domain.Companies;
using NaringslivCrm.Domain.Interactions;
using NaringslivCrm.Domain.Municipalities;
using IMunicipalityDirectory = NaringslivCrm.Bot.Tenancy.IMunicipalityDirectory;
using NaringslivCrm.Bot.Queries;

namespace NaringslivCrm.Bot.Privacy.Retention;

/// <summary>
/// Gallring: plans what the rules dispose of (the dry run lists exactly that) and carries it out — contact persons of
/// firms not contacted for <see cref="RetentionOptions.ContactPersonsYears"/>, notes and participant names of contacts
/// older than <see cref="RetentionOptions.NotesYears"/>. Records stay (kind, date, categories, counts), only their
/// personal texts go; every disposal is written to the audit log. A firm never contacted has no date to count from and
/// keeps its contact persons (listed by the extract, erasable on request).
/// </summary>
public sealed partial class RetentionJob(
    ICompanyRepository companies,
    IInteractionRepository interactions,
    IInteractionQueries stats,
    IPersonalDataStore store,
    AuditTrail audit,
    IMunicipalityDirectory municipalities,
    IOptions<RetentionOptions> options,
    TimeProvider time,
    ILogger<RetentionJob> logger) : BackgroundService
{
    public sealed record Item(string Rule, string Subject, string Id, string OrgNr, string BasisDate, string What);

    public const string ContactPersonsRule = "kontaktpersoner";
    public const string NotesRule = "anteckningar";

    public async Task<IReadOnlyList<Item>> PlanAsync(MunicipalityCode m, CancellationToken ct)
    {
        var today = SwedishCalendar.Today(time);
        var contactsBefore = today.AddYears(-options.Value.ContactPersonsYears);
        var notesBefore = today.AddYears(-options.Value.NotesYears);
        var items = new List<Item>();
        foreach (var company in (await companies.ListAsync(m, ct)).Where(c => c.Contacts.Count > 0))
        {
            var last = (await stats.StatsAsync(m, company.OrgNumber, ct))?.LastContact;
            if (last is { } d && d < contactsBefore)
            {
                items.AddRange(company.Contacts.Select(p => new Item(ContactPersonsRule, "contactPerson", p.Id.ToString("N"), company.OrgNumber.ToString(), Iso(d),
                    $"Kontaktperson hos {company.Name} (senaste kontakt {Iso(d)})")));
            }
        }

        await foreach (var i in store.InteractionsAsync(m, ct))
        {
            if (i.Date < notesBefore && (i.Notes.Length > 0 || i.Participants.Any(p => p != Interaction.Redacted)))
            {
                items.Add(new Item(NotesRule, "interaction", i.Id.ToString("N"), i.Company.ToString(), Iso(i.Date),
                    $"Anteckning ({i.Notes.Length} tecken) och {i.Participants.Count} deltagare"));
            }
        }

        return items;
    }

    /// <summary>Disposes of what <see cref="PlanAsync"/> lists; returns the items disposed of.</summary>
    public async Task<IReadOnlyList<Item>> RunAsync(MunicipalityCode m, CancellationToken ct)
    {
        var plan = await PlanAsync(m, ct);
        var done = new List<Item>();
        foreach (var company in plan.Where(p => p.Rule == ContactPersonsRule).GroupBy(p => p.OrgNr))
        {
            var c = await companies.GetAsync(m, OrgNumber.Parse(company.Key).Value, ct);
            if (c is null)
            {
                continue;
            }

            foreach (var item in company)
            {
                c.EraseContact(Guid.Parse(item.Id));
            }

            if ((await companies.SaveAsync(c, ct)).IsSuccess)
            {
                done.AddRange(company);
            }
        }

        foreach (var item in plan.Where(p => p.Rule == NotesRule))
        {
            var i = await interactions.GetAsync(m, Guid.Parse(item.Id), ct);
            if (i is null)
            {
                continue;
            }

            i.DisposeNotes();
            if ((await interactions.UpdateAsync(i, ct)).IsSuccess)
            {
                done.Add(item);
            }
        }

        foreach (var item in done)
        {
            await audit.SystemAsync(m.Value, AuditAction.Dispose, item.Subject == "interaction" ? AuditSubject.Interaction : AuditSubject.Company,
                item.Subject == "interaction" ? item.Id : item.OrgNr, $"gallring: {item.Rule} (grund {item.BasisDate})", ct);
        }

        LogDisposed(logger, m.Value, done.Count, plan.Count);
        return done;
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return Task.CompletedTask;
        }

        var stockholm = TimeZoneInfo.FindSystemTimeZoneById("Europe/Stockholm");
        DateOnly? lastRun = null;
        return Hosting.PeriodicRounds.RunAsync("Retention", TimeSpan.FromMinutes(10), time, logger, async ct =>
        {
            var local = TimeZoneInfo.ConvertTime(time.GetUtcNow(), stockholm);
            var today = DateOnly.FromDateTime(local.DateTime);
            if (lastRun == today || TimeOnly.FromDateTime(local.DateTime) < options.Value.RunAt)
            {
                return;
            }

            foreach (var m in municipalities.All)
            {
                await RunAsync(MunicipalityCode.Parse(m.Code).Value, ct);
            }

            // Only a complete night counts: after a storage failure the next tick runs again (each run is idempotent).
            lastRun = today;
        }, stoppingToken, runAtStart: false);
    }

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [LoggerMessage(Level = LogLevel.Information, Message = "Retention in {Municipality}: disposed of {Done} of {Planned} planned items")]
    private static partial void LogDisposed(ILogger logger, string municipality, int done, int planned);
}
