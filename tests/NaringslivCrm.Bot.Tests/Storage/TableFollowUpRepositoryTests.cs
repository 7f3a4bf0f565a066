using NaringslivCrm.Bot.Storage.Contacts;
using NaringslivCrm.Bot.Tests.Infrastructure;
using NaringslivCrm.Domain.Common;
using NaringslivCrm.Domain.FollowUps;
using NaringslivCrm.Bot.Queries;

namespace NaringslivCrm.Bot.Tests.Storage;

[Collection(AzuriteCollection.Name)]
public sealed class TableFollowUpRepositoryTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task ListByOwnerAsync_AddedOutOfOrder_OrderedByDueDate()
    {
        var tables = await CrmTables.CreateAsync(azurite);
        foreach (var days in new[] { 20, 6, 13 })
        {
            await tables.FollowUps.AddAsync(Build.FollowUp(due: Build.Monday.AddDays(days)));
        }

        var list = await tables.FollowUps.ListByOwnerAsync(Build.Oskarshamn, Build.Anna.UserId);

        Assert.Equal(list.Select(f => f.DueDate).Order(), list.Select(f => f.DueDate));
        Assert.Equal(3, list.Count);
    }

    [Fact]
    public async Task ListByOwnerAsync_OneDone_DoneOnlyWhenAskedAndAfterOpen()
    {
        var tables = await CrmTables.CreateAsync(azurite);
        var done = await AddAsync(tables, Build.FollowUp(due: Build.Monday));
        await AddAsync(tables, Build.FollowUp(due: Build.Monday.AddDays(14)));
        done.Close(Build.Anna, "Ringde och gav kontakten.", Build.Now.AddDays(1));
        await tables.FollowUps.UpdateAsync(done);

        var open = await tables.FollowUps.ListByOwnerAsync(Build.Oskarshamn, Build.Anna.UserId);
        var all = await tables.FollowUps.ListByOwnerAsync(Build.Oskarshamn, Build.Anna.UserId, includeDone: true);

        Assert.Equal(FollowUpStatus.Open, Assert.Single(open).Status);
        Assert.Equal([FollowUpStatus.Open, FollowUpStatus.Done], all.Select(f => f.Status));
    }

    [Fact]
    public async Task UpdateAsync_ClosedAndReassigned_IndexRowsMovedNoStaleRowLeft()
    {
        var tables = await CrmTables.CreateAsync(azurite);
        var followUp = await AddAsync(tables, Build.FollowUp());
        followUp.Reassign(Build.Erik, Build.Anna, Build.Now);
        followUp.Close(Build.Erik, "Mötet med nätbolaget är bokat.", Build.Now.AddHours(2));

        var result = await tables.FollowUps.UpdateAsync(followUp);

        Assert.True(result.IsSuccess);
        Assert.Equal(
            new[] { CrmKeys.FollowUpByCompany(followUp.Company, followUp.DueDate, followUp.Id), CrmKeys.FollowUp(followUp.Id),
                CrmKeys.FollowUpByOwner("demo-erik", true, followUp.DueDate, followUp.Id),
                CrmKeys.ClosedInMonth(Build.Monday, "demo-erik"), CrmKeys.CompanyStats(followUp.Company), "RW|2026-W10" }.Order(StringComparer.Ordinal),
            await tables.CrmKeysAsync());
    }

    [Fact]
    public async Task UpdateAsync_StaleToken_ConcurrencyConflictAndStoredUnchanged()
    {
        var tables = await CrmTables.CreateAsync(azurite);
        var followUp = await AddAsync(tables, Build.FollowUp());
        var stale = (await tables.FollowUps.GetAsync(Build.Oskarshamn, followUp.Id))!;
        followUp.Start(Build.Anna, Build.Now);
        await tables.FollowUps.UpdateAsync(followUp);

        stale.Close(Build.Anna, "Klart.", Build.Now);
        var result = await tables.FollowUps.UpdateAsync(stale);

        Assert.Equal(Errors.ConcurrencyConflict, result.Error);
        Assert.Equal(FollowUpStatus.InProgress, (await tables.FollowUps.GetAsync(Build.Oskarshamn, followUp.Id))!.Status);
    }

    [Fact]
    public async Task AddAsync_SameIdTwice_ConflictAndNoDuplicates()
    {
        var tables = await CrmTables.CreateAsync(azurite);
        var id = Guid.NewGuid();
        await tables.FollowUps.AddAsync(Build.FollowUp(id: id));

        var again = await tables.FollowUps.AddAsync(Build.FollowUp(id: id));

        Assert.Equal(Errors.ConcurrencyConflict, again.Error);
        Assert.Equal(6, (await tables.CrmKeysAsync()).Count); // F, FO, FC, FD and the counters S, SO — once
    }

    [Fact]
    public async Task PageByOwnerAsync_120FollowUps_PagesOf50CoverAllOnceInDueOrder()
    {
        var tables = await CrmTables.CreateAsync(azurite);
        for (var i = 0; i < 120; i++)
        {
            await tables.FollowUps.AddAsync(Build.FollowUp(due: Build.Monday.AddDays(i % 60)));
        }

        var pages = new List<Page<FollowUpSummary>>();
        string? token = null;
        do
        {
            pages.Add(await tables.FollowUps.PageByOwnerAsync(Build.Oskarshamn, Build.Anna.UserId, false, 50, token, CancellationToken.None));
            token = pages[^1].ContinuationToken;
        }
        while (token is not null);

        var items = pages.SelectMany(p => p.Items).ToList();
        Assert.Equal([50, 50, 20], pages.Select(p => p.Items.Count));
        Assert.Equal(120, items.Select(s => s.Id).Distinct().Count());
        Assert.Equal(items.Select(s => s.DueDate).Order(), items.Select(s => s.DueDate));
    }

    [Fact]
    public async Task PageOpenByDueAsync_DueOnOrBeforeToday_OnlyDueAndOverdueOpenOnes()
    {
        var tables = await CrmTables.CreateAsync(azurite);
        var overdue = await AddAsync(tables, Build.FollowUp(due: Build.Monday.AddDays(-7)));
        var today = await AddAsync(tables, Build.FollowUp(Build.Erik, due: Build.Monday));
        await AddAsync(tables, Build.FollowUp(due: Build.Monday.AddDays(1)));
        var closed = await AddAsync(tables, Build.FollowUp(due: Build.Monday.AddDays(-3)));
        closed.Close(Build.Anna, "Klart.", Build.Now);
        await tables.FollowUps.UpdateAsync(closed);

        var page = await tables.FollowUps.PageOpenByDueAsync(Build.Oskarshamn, Build.Monday, 50, null, CancellationToken.None);

        Assert.Equal([overdue.Id, today.Id], page.Items.Select(s => s.Id));
    }

    private static async Task<FollowUp> AddAsync(CrmTables tables, FollowUp followUp)
    {
        Assert.True((await tables.FollowUps.AddAsync(followUp)).IsSuccess);
        return followUp;
    }
}
