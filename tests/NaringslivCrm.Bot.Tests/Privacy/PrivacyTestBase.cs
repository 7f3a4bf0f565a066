using System.Text.Json;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using NaringslivCrm.Bot.Tests.Api;
using NaringslivCrm.Bot.Tests.Infrastructure;
using NaringslivCrm.Domain.Calendar;
using NaringslivCrm.Domain.Common;
using NaringslivCrm.Domain.Companies;
using NaringslivCrm.Domain.FollowUps;
using NaringslivCrm.Domain.Interactions;
using NaringslivCrm.Domain.Municipalities;
using NaringslivCrm.Domain.Needs;

namespace NaringslivCrm.Bot.Tests.Privacy;

/// <summary>
/// A municipality where one person, Åsa Öberg, appears everywhere personal data can be: as a firm's contact person,
/// as a participant, in notes (one confidential), in a need, and in a follow-up's description and återkoppling.
/// </summary>
public abstract class PrivacyTestBase(AzuriteFixture azurite) : ApiTestBase(azurite)
{
    protected const string Person = "Åsa Öberg";
    protected const string Email = "asa.oberg@hammarverken.se";
    protected const string Phone = "0491-123 456";
    protected const string Org = "556036-0793";

    protected static readonly UserRef Erik = new("erik", "Erik Johansson");

    protected ICompanyRepository Companies => App.Services.GetRequiredService<ICompanyRepository>();

    protected IInteractionRepository Interactions => App.Services.GetRequiredService<IInteractionRepository>();

    protected IFollowUpRepository FollowUps => App.Services.GetRequiredService<IFollowUpRepository>();

    protected async Task<(Interaction Visit, Interaction Secret, FollowUp FollowUp)> SeedPersonEverywhereAsync()
    {
        var org = OrgNumber.Parse(Org).Value;
        var company = Company.Register(Oskarshamn, org, "Hammarverken AB").Value;
        company.SaveContact(ContactPerson.Create(Guid.NewGuid(), Person, "vd", Phone, Email).Value);
        company.SaveContact(ContactPerson.Create(Guid.NewGuid(), "Per Holm", "ekonomichef", null, null).Value);
        Assert.True((await Companies.SaveAsync(company)).IsSuccess);

        var today = SwedishCalendar.Today(TimeProvider.System);
        var visit = Interaction.Record(Guid.NewGuid(), Oskarshamn, org, InteractionKind.Visit, today.AddDays(-3), Erik, DateTimeOffset.UtcNow,
            $"Träffade {Person} och Per Holm. Ring åsa öberg på 0491123456 om elnätet.").Value;
        visit.AddParticipant($"{Person} (vd)");
        visit.AddParticipant("Per Holm");
        visit.AddNeed(Need.Identify(Guid.NewGuid(), NeedCategoryCatalog.Default.Find("energi")!, $"{Person} vill ha 5 MW").Value);
        var calendar = new SwedishCalendar();
        var followUp = FollowUp.Create(Guid.NewGuid(), Oskarshamn, org, visit.Id, $"Skicka offert till {Email}", Erik,
            calendar.WorkingDayOnOrAfter(today.AddDays(5)), Erik, DateTimeOffset.UtcNow, calendar).Value;
        Assert.True((await Interactions.AddAsync(visit, [followUp])).IsSuccess);
        Assert.True(followUp.Close(Erik, $"Ringde {Person}, offert skickad", DateTimeOffset.UtcNow).IsSuccess);
        Assert.True((await FollowUps.UpdateAsync(followUp)).IsSuccess);

        var secret = Interaction.Record(Guid.NewGuid(), Oskarshamn, org, InteractionKind.Meeting, today.AddDays(-1), Erik, DateTimeOffset.UtcNow,
            $"Sekretess: {Person} berättade om nedläggningsplaner.").Value;
        secret.MarkConfidential();
        Assert.True((await Interactions.AddAsync(secret, [])).IsSuccess);
        return (visit, secret, followUp);
    }

    /// <summary>Every stored string of every table of this host that contains <paramref name="text"/> as written or JSON-escaped.</summary>
    protected async Task<List<string>> TracesAsync(string text)
    {
        var escaped = JsonEncodedText.Encode(text).ToString();
        var inspector = new TableInspector(Azurite, App.TablePrefix);
        return [.. (await inspector.AllEntitiesAsync())
            .SelectMany(t => t.Entity.Where(p => p.Value is string s && (s.Contains(text, StringComparison.OrdinalIgnoreCase) || s.Contains(escaped, StringComparison.OrdinalIgnoreCase)))
                .Select(p => $"{t.Table}/{t.Entity.RowKey}/{p.Key}"))];
    }

    /// <summary>Every entity of every table of this host with its ETag: equal snapshots mean nothing was written.</summary>
    protected async Task<List<string>> SnapshotAsync() =>
        [.. (await new TableInspector(Azurite, App.TablePrefix).AllEntitiesAsync())
            .Select(t => $"{t.Table}/{t.Entity.PartitionKey}/{t.Entity.RowKey}/{t.Entity.ETag}").Order(StringComparer.Ordinal)];

    protected TableClient Table(string name) => new TableServiceClient(Azurite.ConnectionString).GetTableClient(App.TablePrefix + name);

    protected static MunicipalityCode Code => Oskarshamn;
}
