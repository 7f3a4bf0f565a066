using NaringslivCrm.Bot.Tests.Infrastructure;
using NaringslivCrm.Domain.FollowUps;

namespace NaringslivCrm.Bot.Tests.Storage.Limits;

/// <summary>A follow-up stays saveable however often it changes (it once failed for good after ~250 postpones).</summary>
[Collection(AzuriteCollection.Name)]
public sealed class FollowUpHistoryStorageTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task UpdateAsync_300PostponesEachSaved_AllSucceedVersionCountsAndRowStaysSmall()
    {
        var tables = await CrmTables.CreateAsync(azurite);
        var followUp = Build.FollowUp();
        Assert.True((await tables.FollowUps.AddAsync(followUp)).IsSuccess);
        followUp.Reassign(Build.Erik, Build.Anna, Build.Now);
        Assert.True((await tables.FollowUps.UpdateAsync(followUp)).IsSuccess);

        for (var i = 0; i < 300; i++)
        {
            Assert.True(followUp.Postpone(1, Build.Calendar, Build.Erik, Build.Now).IsSuccess);
            Assert.True((await tables.FollowUps.UpdateAsync(followUp)).IsSuccess, $"save {i + 1}");
        }

        var stored = (await tables.FollowUps.GetAsync(Build.Oskarshamn, followUp.Id))!;
        Assert.Equal((302, followUp.DueDate, FollowUp.HistoryKept), (stored.Version, stored.DueDate, stored.History.Count));
        Assert.Equal((Build.Anna.UserId, 2), (stored.LastReassignment?.By.UserId, stored.LastReassignmentVersion));
        var row = (await tables.Inspector.AllEntitiesAsync()).Single(e => e.Entity.RowKey == Bot.Storage.Contacts.CrmKeys.FollowUp(followUp.Id)).Entity;
        Assert.True(EntityLimits.PropertyBytes(row["History"]) < 8 * 1024, $"History is {EntityLimits.PropertyBytes(row["History"])} bytes");
    }
}
