using Microsoft.Extensions.Options;
using NaringslivCrm.Bot.Officers;
using NaringslivCrm.Domain.Calendar;
using NaringslivCrm.Domain.Common;
using NaringslivCrm.Domain.Companies;
using NaringslivCrm.Domain.FollowUps;
using NaringslivCrm.Domain.Interactions;
using NaringslivCrm.Domain.Municipalities;
using NaringslivCrm.Domain.Needs;
using NaringslivCrm.Domain.Signals;
using NaringslivCrm.Bot.Import;

namespace NaringslivCrm.Bot.Demo;

/// <summary>
/// Writes the demo data through the domain and the repositories: the demo officers into the officer directory (so
/// follow-ups can be reassigned to them), the firms' register data, a responsible officer,
/// key-account mark and one contact per firm (only where no officer is set yet), and about 54 interactions of the
/// last four months with needs, signals and follow-ups. Ids are derived from seed strings, so a second run adds nothing.
/// </summary>
public sealed class DemoSeeder(
    ICompanyImportStore register,
    ICompanyRepository companies,
    IInteractionRepository interactions,
    IOfficerDirectory officers,
    NeedCategoryCatalog categories,
    SwedishCalendar calendar,
    TimeProvider time,
    IOptions<DemoOptions> options)
{
    private readonly UserRef? localUser = options.Value.LocalUser is { UserId.Length: > 0 } u ? new UserRef(u.UserId, u.Name) : null;

    private static readonly (string Name, string Role)[] Contacts =
    [
        ("Karin Ek", "Vd"), ("Per Holm", "Produktionschef"), ("Maria Sjöberg", "HR-chef"), ("Johan Berglund", "Ekonomichef"),
        ("Lena Åberg", "Vd"), ("Mats Lind", "Fabrikschef"), ("Eva Strand", "Hållbarhetschef"), ("Anders Wik", "Ägare"),
    ];

    public async Task<DemoSeedResult> SeedAsync(MunicipalityCode municipality, string municipalityName, CancellationToken cancellationToken)
    {
        foreach (var officer in localUser is null ? DemoOfficers.Officers : DemoOfficers.Officers.Append(localUser))
        {
            await officers.RememberAsync(municipality, officer, cancellationToken);
        }

        var prefix = DemoPlaces.PostalPrefix(municipality.Value);
        await register.UpsertRegisterDataAsync(municipality, [.. DemoFirms.All.Select(f => RegisterRow(f, prefix, municipalityName))], cancellationToken);

        var officersSet = 0;
        var added = 0;
        var existing = 0;
        var today = SwedishCalendar.Today(time);
        for (var i = 0; i < DemoFirms.All.Count; i++)
        {
            var firm = DemoFirms.All[i];
            officersSet += await SetOfficerFieldsAsync(municipality, firm, i, cancellationToken) ? 1 : 0;
            for (var n = 0; n < (i % 3 == 0 ? 2 : 1); n++)
            {
                var (interaction, followUps) = Contact(municipality, firm, i, n, today);
                var result = await interactions.AddAsync(interaction, followUps, cancellationToken);
                if (result.IsSuccess)
                {
                    added++;
                }
                else if (result.Error == InteractionErrors.AlreadySaved)
                {
                    existing++;
                }
                else
                {
                    throw new InvalidOperationException($"Demo interaction {firm.Key}/{n} refused: {result.Error}");
                }
            }
        }

        return new DemoSeedResult(DemoFirms.All.Count, officersSet, added, existing);
    }

    private static CompanyRegisterRow RegisterRow(DemoFirm f, string? postalPrefix, string city)
    {
        var address = postalPrefix is null ? null : Address.Create(f.Street, postalPrefix + f.PostalSuffix, city).Value;
        var band = Import.EmployeesBandParser.Parse(f.Employees.ToString(System.Globalization.CultureInfo.InvariantCulture)).Value;
        return new CompanyRegisterRow(OrgNumber.Parse(f.OrgNumber).Value, f.Name, SniCode.Parse(f.Sni).Value, address, band);
    }

    private async Task<bool> SetOfficerFieldsAsync(MunicipalityCode municipality, DemoFirm firm, int index, CancellationToken cancellationToken)
    {
        var company = await companies.GetAsync(municipality, OrgNumber.Parse(firm.OrgNumber).Value, cancellationToken);
        if (company is null || company.ResponsibleOfficer is not null)
        {
            return false;
        }

        company.AssignResponsibleOfficer(DemoOfficers.Officers[index % DemoOfficers.Officers.Count]);
        if (firm.Employees >= 100)
        {
            company.MarkAsKeyAccount();
        }

        var (name, role) = Contacts[index % Contacts.Length];
        var email = TextSearch.Normalize(name).Replace(' ', '.') + "@example.com";
        company.SaveContact(ContactPerson.Create(DemoIds.For($"{municipality}/{firm.Key}/contact"), name, role, null, email).Value);
        return (await companies.SaveAsync(company, cancellationToken)).IsSuccess;
    }

    private (Interaction, List<FollowUp>) Contact(MunicipalityCode municipality, DemoFirm firm, int index, int number, DateOnly today)
    {
        var seed = $"{municipality}/{firm.Key}/{number}";
        var story = DemoStories.All[(index + (number * 7)) % DemoStories.All.Count];
        var recorder = DemoOfficers.Officers[(index + number) % DemoOfficers.Officers.Count];
        var date = WorkingDayOnOrBefore(today.AddDays(-(2 + (((index * 37) + (number * 61)) % 118))));
        var recordedAt = Min(new DateTimeOffset(date.ToDateTime(new TimeOnly(14, 0)), TimeSpan.Zero), time.GetUtcNow());
        var company = OrgNumber.Parse(firm.OrgNumber).Value;

        var interaction = Interaction.Record(DemoIds.For(seed), municipality, company, story.Kind, date, recorder, recordedAt, story.Notes, story.Confidential).Value;
        _ = interaction.AddParticipant(recorder.DisplayName);
        _ = interaction.AddParticipant(Contacts[index % Contacts.Length].Name);
        for (var k = 0; k < story.Needs.Count; k++)
        {
            var need = story.Needs[k];
            _ = interaction.AddNeed(Need.Identify(DemoIds.For($"{seed}/need{k}"), categories.Find(need.Category) ?? categories.Other, need.Description, need.Severity).Value);
        }

        for (var k = 0; k < story.Signals.Count; k++)
        {
            var s = story.Signals[k];
            var timeFrame = s.TimeFrame is null ? null : new TimeFrame(s.TimeFrame, s.YearFromNow is { } y ? today.Year + y : null);
            var quantities = s.Quantities.Select(q => Quantity.Create(q.Amount, q.Unit).Value);
            _ = interaction.AddSignal(Signal.Spot(DemoIds.For($"{seed}/signal{k}"), s.Type, s.Description, quantities, timeFrame).Value);
        }

        var followUps = story.FollowUps.Select((f, k) => FollowUpOf(interaction, f, k, seed, index, today)).ToList();
        return (interaction, followUps);
    }

    private FollowUp FollowUpOf(Interaction interaction, DemoFollowUp f, int k, string seed, int index, DateOnly today)
    {
        var owner = index % 5 == 0 && k == 0 && localUser is not null ? localUser : f.OwnerSlot == 0 ? interaction.RecordedBy : Colleague(interaction.RecordedBy);
        var due = today.AddDays(f.DueInDays);
        due = due <= interaction.Date ? calendar.WorkingDayOnOrAfter(interaction.Date.AddDays(7))
            : f.DueInDays < 0 ? WorkingDayOnOrBefore(due) : calendar.WorkingDayOnOrAfter(due);
        var followUp = FollowUp.Create(DemoIds.For($"{seed}/followup{k}"), interaction.Municipality, interaction.Company, interaction.Id,
            f.Description, owner, due, interaction.RecordedBy, interaction.RecordedAt, calendar).Value;
        if (f.DoneNote is not null)
        {
            followUp.Close(owner, f.DoneNote, Min(interaction.RecordedAt.AddDays(2 + (index % 5)), time.GetUtcNow()));
        }

        return followUp;
    }

    private static UserRef Colleague(UserRef officer)
    {
        var all = DemoOfficers.Officers;
        for (var i = 0; i < all.Count; i++)
        {
            if (all[i].UserId == officer.UserId)
            {
                return all[(i + 1) % all.Count];
            }
        }

        return all[0];
    }

    private DateOnly WorkingDayOnOrBefore(DateOnly date)
    {
        while (!calendar.IsWorkingDay(date))
        {
            date = date.AddDays(-1);
        }

        return date;
    }

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}

/// <summary>What a seeding run wrote: firms upserted, officers assigned now, interactions added now or already there.</summary>
public sealed record DemoSeedResult(int Firms, int OfficersAssigned, int InteractionsAdded, int InteractionsAlreadyThere);
