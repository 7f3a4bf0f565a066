using NaringslivCrm.Bot.Tests.Infrastructure;
using NaringslivCrm.Domain.Companies;
using NaringslivCrm.Domain.FollowUps;
using NaringslivCrm.Domain.Interactions;
using NaringslivCrm.Domain.Needs;
using NaringslivCrm.Domain.Signals;

namespace NaringslivCrm.Bot.Tests.Storage.Limits;

/// <summary>
/// The largest records the domain lets a user make, saved through the real adapters: every stored row (main rows,
/// index rows, counters, in every table) stays under 64 KiB per property, 1 MiB per entity and 255 properties.
/// A text one character over its domain limit is refused before storage.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class WorstCaseEntityTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task LargestCompanyContactAndFollowUps_Saved_EveryRowWithinTableStorageLimits()
    {
        var tables = await CrmTables.CreateAsync(azurite);
        var company = Company.Register(Build.Oskarshamn, Build.OrgNumber(), Max('C', Company.MaxNameLength)).Value;
        for (var i = 0; i < 40; i++)
        {
            company.SaveContact(ContactPerson.Create(Guid.NewGuid(), Max('N', ContactPerson.MaxNameLength), Max('R', ContactPerson.MaxRoleLength),
                new string('1', ContactPerson.MaxPhoneLength), new string('e', ContactPerson.MaxEmailLength - 6) + "@x.se").Value);
        }

        Assert.True((await tables.Companies.SaveAsync(company)).IsSuccess);
        var visit = WorstInteraction();
        var followUps = Enumerable.Range(0, 3).Select(_ => WorstFollowUp(visit.Id)).ToList();
        Assert.True((await tables.Interactions.AddAsync(visit, followUps)).IsSuccess);
        foreach (var f in followUps)
        {
            for (var i = 0; i < 2 * FollowUp.HistoryKept; i++)
            {
                Assert.True(f.Reassign(i % 2 == 0 ? Build.Erik : Build.Anna, Build.Anna, Build.Now).IsSuccess);
            }

            Assert.True(f.Close(Build.Anna, Max('A', FollowUp.MaxNoteLength), Build.Now).IsSuccess);
            Assert.True((await tables.FollowUps.UpdateAsync(f)).IsSuccess);
        }

        var rows = await tables.Inspector.AllEntitiesAsync();
        Assert.True(rows.Count > 10);
        foreach (var (table, entity) in rows)
        {
            EntityLimits.AssertFits(entity, $"{table}/{entity.RowKey}");
        }

        var largest = rows.Max(r => EntityLimits.EntityBytes(r.Entity));
        Assert.True(largest > 60_000, $"the worst case should be large, was {largest} bytes"); // the test really fills the rows
    }

    [Fact]
    public void OneOverEachLimit_RefusedWithTheFieldAndItsLimit()
    {
        var visit = WorstInteraction();
        var refusals = new Domain.Common.ValidationError?[]
        {
            Interaction.Record(Guid.NewGuid(), Build.Oskarshamn, Build.OrgNumber(), InteractionKind.Visit, Build.Monday, Build.Anna, Build.Now, Max('x', Interaction.MaxNotesLength + 1)).Error,
            visit.AddParticipant("En till").Error, visit.AddNeed(Need.Identify(Guid.NewGuid(), NeedCategoryCatalog.Default.Find(NeedCategoryCatalog.OtherId)!, "x").Value).Error,
            visit.AddSignal(Signal.Spot(Guid.NewGuid(), SignalType.Hiring, "x").Value).Error,
            ContactPerson.Create(Guid.NewGuid(), "Åsa", Max('R', ContactPerson.MaxRoleLength + 1), null, null).Error,
            ContactPerson.Create(Guid.NewGuid(), "Åsa", null, new string('1', ContactPerson.MaxPhoneLength + 1), null).Error,
            ContactPerson.Create(Guid.NewGuid(), "Åsa", null, null, new string('e', ContactPerson.MaxEmailLength) + "@x.se").Error,
        };

        Assert.Equal(["notes.too-long", "participants.too-many", "needs.too-many", "signals.too-many", "contact-role.too-long", "phone-number.too-long", "e-mail-address.too-long"],
            refusals.Select(e => e?.Code));
        Assert.All(refusals, e => Assert.Matches(@"\d", e!.Swedish)); // each names its limit
    }

    private static Interaction WorstInteraction()
    {
        var visit = Interaction.Record(Guid.NewGuid(), Build.Oskarshamn, Build.OrgNumber(), InteractionKind.Visit, Build.Monday, Build.Anna, Build.Now,
            Max('ö', Interaction.MaxNotesLength)).Value;
        for (var i = 0; i < Interaction.MaxParticipants; i++)
        {
            Assert.True(visit.AddParticipant($"{i:D3}" + Max('P', Interaction.MaxParticipantLength - 3)).IsSuccess);
        }

        for (var i = 0; i < Interaction.MaxNeeds; i++)
        {
            Assert.True(visit.AddNeed(Need.Identify(Guid.NewGuid(), NeedCategoryCatalog.Default.Find(NeedCategoryCatalog.OtherId)!, Max('B', Need.MaxDescriptionLength)).Value).IsSuccess);
        }

        for (var i = 0; i < Interaction.MaxSignals; i++)
        {
            Assert.True(visit.AddSignal(Signal.Spot(Guid.NewGuid(), SignalType.Hiring, Max('S', Signal.MaxDescriptionLength)).Value).IsSuccess);
        }

        return visit;
    }

    private static FollowUp WorstFollowUp(Guid visit) => FollowUp.Create(Guid.NewGuid(), Build.Oskarshamn, Build.OrgNumber(), visit,
        Max('F', FollowUp.MaxDescriptionLength), new Domain.Common.UserRef("anna", Max('U', 200)), Build.Calendar.WorkingDayOnOrAfter(Build.Monday.AddDays(7)), Build.Anna, Build.Now, Build.Calendar).Value;

    private static string Max(char c, int length) => new(c, length);
}
