using NaringslivCrm.Bot.Storage.Contacts;
using NaringslivCrm.Bot.Tests.Infrastructure;
using NaringslivCrm.Domain.Common;
using NaringslivCrm.Domain.Signals;
using NaringslivCrm.Domain.Interactions;

namespace NaringslivCrm.Bot.Tests.Storage;

[Collection(AzuriteCollection.Name)]
public sealed class TableInteractionRepositoryTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task AddAsync_WithTwoFollowUps_RecordIndexesAndStatsWrittenTogether()
    {
        var tables = await CrmTables.CreateAsync(azurite);
        var interaction = Build.Interaction();
        var followUps = new[] { Build.FollowUp(interactionId: interaction.Id), Build.FollowUp(Build.Erik, interactionId: interaction.Id) };

        var result = await tables.Interactions.AddAsync(interaction, followUps);

        Assert.True(result.IsSuccess);
        var keys = await tables.CrmKeysAsync();
        Assert.Equal(["F", "F", "FC", "FC", "FD", "FD", "FO", "FO", "I", "IC", "RF", "RW", "S", "SO"], keys.Select(k => k.Split('|')[0]).Order(StringComparer.Ordinal));
        Assert.Contains(CrmKeys.Interaction(interaction.Id), keys);
        Assert.Contains(CrmKeys.FollowUpByOwner("demo-erik", false, followUps[1].DueDate, followUps[1].Id), keys);
        Assert.All(followUps, f => Assert.NotNull(f.Concurrency));
    }

    [Fact]
    public async Task AddAsync_SameIdTwice_AlreadySavedAndNoDuplicates()
    {
        var tables = await CrmTables.CreateAsync(azurite);
        var id = Guid.NewGuid();
        var followUpId = Guid.NewGuid();
        await tables.Interactions.AddAsync(Build.Interaction(id), [Build.FollowUp(id: followUpId, interactionId: id)]);
        var before = await tables.CrmKeysAsync();

        var again = await tables.Interactions.AddAsync(Build.Interaction(id), [Build.FollowUp(id: followUpId, interactionId: id)]);

        Assert.Equal(InteractionErrors.AlreadySaved, again.Error);
        Assert.Equal(before, await tables.CrmKeysAsync());
    }

    [Fact]
    public async Task AddAsync_TwentyOneFollowUps_RefusedAndNothingStored()
    {
        var tables = await CrmTables.CreateAsync(azurite);
        var interaction = Build.Interaction();
        var followUps = Enumerable.Range(0, 21).Select(_ => Build.FollowUp(interactionId: interaction.Id)).ToList();

        var result = await tables.Interactions.AddAsync(interaction, followUps);

        Assert.Equal("interaction.too-many-follow-ups", result.Error?.Code);
        Assert.Empty(await tables.CrmKeysAsync());
    }

    [Fact]
    public async Task AddAsync_TwentyFollowUps_AllStoredInOneTransaction()
    {
        var tables = await CrmTables.CreateAsync(azurite);
        var interaction = Build.Interaction();
        var followUps = Enumerable.Range(0, 20).Select(_ => Build.FollowUp(interactionId: interaction.Id)).ToList();

        var result = await tables.Interactions.AddAsync(interaction, followUps);

        Assert.True(result.IsSuccess);
        Assert.Equal(6 + (20 * 4), (await tables.CrmKeysAsync()).Count); // I, IC, S, SO, RW, RF + 20 × (F, FO, FC, FD)
    }

    [Fact]
    public async Task GetAsync_Saved_NeedsSignalsAndQuantitiesRoundTrip()
    {
        var tables = await CrmTables.CreateAsync(azurite);
        var interaction = Build.Interaction();
        await tables.Interactions.AddAsync(interaction, []);

        var stored = (await tables.Interactions.GetAsync(Build.Oskarshamn, interaction.Id))!;

        Assert.Equal("energi", Assert.Single(stored.Needs).Category.Id);
        var signal = Assert.Single(stored.Signals);
        Assert.Equal((SignalType.Hiring, 25m, QuantityUnit.Jobs, 2026), (signal.Type, signal.Quantities[0].Amount, signal.Quantities[0].Unit, signal.TimeFrame!.Year));
        Assert.Equal("Besök i verkstaden.", stored.Notes);
    }

    [Fact]
    public async Task PageByCompanyAsync_ThreeInteractions_NewestFirstWithLastContactStats()
    {
        var tables = await CrmTables.CreateAsync(azurite);
        await tables.Interactions.AddAsync(Build.Interaction(date: Build.Monday.AddDays(-20)), []);
        await tables.Interactions.AddAsync(Build.Interaction(date: Build.Monday), []);
        await tables.Interactions.AddAsync(Build.Interaction(date: Build.Monday.AddDays(-40)), []);

        var page = await tables.Interactions.PageByCompanyAsync(Build.Oskarshamn, Build.OrgNumber(), 10, null, CancellationToken.None);
        var stats = await tables.Interactions.StatsAsync(Build.Oskarshamn, Build.OrgNumber(), CancellationToken.None);

        Assert.Equal([Build.Monday, Build.Monday.AddDays(-20), Build.Monday.AddDays(-40)], page.Items.Select(i => i.Date));
        Assert.Equal(Build.Monday, stats!.LastContact);
    }

    [Fact]
    public async Task UpdateAsync_StaleToken_ConcurrencyConflict()
    {
        var tables = await CrmTables.CreateAsync(azurite);
        var interaction = Build.Interaction();
        await tables.Interactions.AddAsync(interaction, []);
        var stale = (await tables.Interactions.GetAsync(Build.Oskarshamn, interaction.Id))!;
        interaction.ReviseNotes("Första ändringen");
        await tables.Interactions.UpdateAsync(interaction);

        stale.ReviseNotes("Andra ändringen");
        var result = await tables.Interactions.UpdateAsync(stale);

        Assert.Equal(Errors.ConcurrencyConflict, result.Error);
    }

    [Fact]
    public async Task UpdateAsync_Rescheduled_TimelineRowMovedNoStaleRowLeft()
    {
        var tables = await CrmTables.CreateAsync(azurite);
        var interaction = Build.Interaction(date: Build.Monday);
        await tables.Interactions.AddAsync(interaction, []);
        interaction.Reschedule(Build.Monday.AddDays(-3));

        var result = await tables.Interactions.UpdateAsync(interaction);

        var page = await tables.Interactions.PageByCompanyAsync(Build.Oskarshamn, Build.OrgNumber(), 10, null, CancellationToken.None);
        Assert.True(result.IsSuccess);
        Assert.Equal(Build.Monday.AddDays(-3), Assert.Single(page.Items).Date);
    }

    [Fact]
    public async Task AddAsync_OneRowOfTheTransactionExists_NothingOfTheNewInteractionWritten()
    {
        var tables = await CrmTables.CreateAsync(azurite);
        var taken = Build.FollowUp();
        await tables.FollowUps.AddAsync(taken);
        var before = await tables.CrmKeysAsync();
        var interaction = Build.Interaction();

        var result = await tables.Interactions.AddAsync(interaction, [Build.FollowUp(interactionId: interaction.Id), Build.FollowUp(id: taken.Id)]);

        Assert.False(result.IsSuccess);
        Assert.Equal(before, await tables.CrmKeysAsync());
    }
}
