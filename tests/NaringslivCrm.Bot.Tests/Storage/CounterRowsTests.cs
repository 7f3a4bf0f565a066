using NaringslivCrm.Bot.Storage.Contacts;
using NaringslivCrm.Bot.Tests.Infrastructure;
using NaringslivCrm.Bot.Queries;

namespace NaringslivCrm.Bot.Tests.Storage;

/// <summary>
/// The counter rows that let the company list and the service level read a few rows instead of every record: they
/// must equal what the records say after adds, closes, reassignments, edits and concurrent writers.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class CounterRowsTests(AzuriteFixture azurite)
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    [Fact]
    public async Task CompanyStats_ContactsAndFollowUps_CountOpenNeedsSignalsAndFollowUps()
    {
        var tables = await CrmTables.CreateAsync(azurite);
        var first = Build.Interaction(date: Build.Monday.AddDays(-7));
        await tables.Interactions.AddAsync(first, [Build.FollowUp(interactionId: first.Id), Build.FollowUp(Build.Erik, interactionId: first.Id)]);
        await tables.Interactions.AddAsync(Build.Interaction(date: Build.Monday), []);
        await tables.Interactions.AddAsync(Build.Interaction(company: 1), [Build.FollowUp(company: 1)]);

        var stats = await tables.Interactions.StatsAsync(Build.Oskarshamn, Build.OrgNumber(), Ct);

        Assert.Equal(new CompanyStats(Build.Monday, OpenNeeds: 2, OpenSignals: 2, OpenFollowUps: 2), stats);
    }

    [Fact]
    public async Task CompanyStats_FollowUpClosed_OpenCountFallsAndPostponeOrReassignLeavesIt()
    {
        var tables = await CrmTables.CreateAsync(azurite);
        var contact = Build.Interaction();
        var kept = Build.FollowUp(interactionId: contact.Id);
        var closed = Build.FollowUp(interactionId: contact.Id);
        await tables.Interactions.AddAsync(contact, [kept, closed]);

        kept.Reassign(Build.Erik, Build.Anna, Build.Now.AddHours(1));
        Assert.True((await tables.FollowUps.UpdateAsync(kept)).IsSuccess);
        closed.Close(Build.Anna, "Ringde upp och gav besked", Build.Now.AddDays(2));
        Assert.True((await tables.FollowUps.UpdateAsync(closed)).IsSuccess);

        var stats = await tables.Interactions.StatsAsync(Build.Oskarshamn, Build.OrgNumber(), Ct);
        Assert.Equal(1, stats!.OpenFollowUps);
    }

    [Fact]
    public async Task CompanyStats_NeedResolvedInAnEdit_OpenNeedsFall()
    {
        var tables = await CrmTables.CreateAsync(azurite);
        var contact = Build.Interaction();
        await tables.Interactions.AddAsync(contact, []);

        contact.Needs[0].Resolve(Build.Now.AddDays(3));
        Assert.True((await tables.Interactions.UpdateAsync(contact)).IsSuccess);

        var stats = await tables.Interactions.StatsAsync(Build.Oskarshamn, Build.OrgNumber(), Ct);
        Assert.Equal((0, 1), (stats!.OpenNeeds, stats.OpenSignals));
    }

    [Fact]
    public async Task CompanyStats_TwelveContactsSavedAtOnce_NoneLost()
    {
        var tables = await CrmTables.CreateAsync(azurite);

        var results = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ =>
        {
            var contact = Build.Interaction();
            return tables.Interactions.AddAsync(contact, [Build.FollowUp(interactionId: contact.Id)]);
        }));

        Assert.All(results, r => Assert.True(r.IsSuccess, r.Error?.Swedish));
        var stats = await tables.Interactions.StatsAsync(Build.Oskarshamn, Build.OrgNumber(), Ct);
        Assert.Equal((12, 12, 12), (stats!.OpenNeeds, stats.OpenSignals, stats.OpenFollowUps));
    }

    [Fact]
    public async Task ServiceLevel_ClosedFollowUps_HistogramPerOwnerAndMonthOfÅterkoppling()
    {
        var tables = await CrmTables.CreateAsync(azurite);
        var queries = new TableServiceLevelQueries(tables.Service, tables.Names);
        var contact = Build.Interaction();
        var followUps = Enumerable.Range(0, 4).Select(_ => Build.FollowUp(interactionId: contact.Id)).ToList();
        await tables.Interactions.AddAsync(contact, followUps);

        // Anna answers after 1.5, 3 and 40 days (the last one in April); Erik's is still open.
        followUps[0].Close(Build.Anna, "Besked", Build.Now.AddDays(1.5));
        followUps[1].Close(Build.Anna, "Besked", Build.Now.AddDays(3));
        followUps[2].Close(Build.Anna, "Besked", Build.Now.AddDays(40));
        followUps[3].Reassign(Build.Erik, Build.Anna, Build.Now);
        foreach (var f in followUps)
        {
            Assert.True((await tables.FollowUps.UpdateAsync(f)).IsSuccess);
        }

        var closed = await queries.ClosedAsync(Build.Oskarshamn, new DateOnly(2026, 3, 1), new DateOnly(2026, 4, 1), Ct);
        var open = await queries.OpenByCreationDayAsync(Build.Oskarshamn, Ct);

        Assert.Equal(["2026-03 demo-anna 2 1.5..3", "2026-04 demo-anna 1 40..40"],
            closed.Select(c => $"{c.Month} {c.OwnerId} {c.Days.Total} {c.Days.Percentile(0)}..{c.Days.Percentile(100)}"));
        Assert.Equal([new OpenCreatedOn(Build.Monday, 1)], open);
    }

    [Fact]
    public async Task OpenByCreationDay_LastOpenFollowUpOfADayClosed_RowRemoved()
    {
        var tables = await CrmTables.CreateAsync(azurite);
        var followUp = Build.FollowUp();
        await tables.FollowUps.AddAsync(followUp);

        followUp.Close(Build.Anna, "Klart", Build.Now.AddDays(1));
        await tables.FollowUps.UpdateAsync(followUp);

        Assert.DoesNotContain(await tables.CrmKeysAsync(), k => k.StartsWith(CrmKeys.OpenFollowUpsCreatedPrefix, StringComparison.Ordinal));
        Assert.Contains(await tables.CrmKeysAsync(), k => k.StartsWith("SL|202603|", StringComparison.Ordinal));
    }
}
