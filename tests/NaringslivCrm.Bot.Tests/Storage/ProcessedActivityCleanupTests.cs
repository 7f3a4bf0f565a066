using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Moq;
using NaringslivCrm.Bot.Conversations;
using NaringslivCrm.Bot.Tenancy;
using NaringslivCrm.Bot.Tests.Infrastructure;
using NaringslivCrm.Bot.Storage.Conversations;

namespace NaringslivCrm.Bot.Tests.Storage;

[Collection(AzuriteCollection.Name)]
public sealed class ProcessedActivityCleanupTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task RunOnce_ClaimsOlderThanTwoDays_RemovedRecentOnesStillGuardRedelivery()
    {
        var tables = await CrmTables.CreateAsync(azurite);
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 20, 8, 0, 0, TimeSpan.Zero));
        var log = new TableProcessedActivityLog(tables.Service, tables.Names, clock);
        for (var i = 0; i < 130; i++)
        {
            Assert.True(await log.TryClaimAsync("0882", "conv", $"old-{i}", CancellationToken.None));
        }

        Assert.True(await log.TryClaimAsync("2584", "conv", "old-kiruna", CancellationToken.None));
        clock.Advance(TimeSpan.FromDays(2.5));
        Assert.True(await log.TryClaimAsync("0882", "conv", "recent", CancellationToken.None));
        var directory = new Mock<IMunicipalityDirectory>();
        directory.Setup(d => d.All).Returns([new CallerMunicipality("0882", "Oskarshamn"), new CallerMunicipality("2584", "Kiruna")]);
        var cleanup = new ProcessedActivityCleanup(tables.Service, tables.Names, directory.Object,
            Options.Create(new ProcessedActivityOptions()), clock, NullLogger<ProcessedActivityCleanup>.Instance);

        var removed = await cleanup.RunOnceAsync(CancellationToken.None);

        Assert.Equal(131, removed);
        Assert.False(await log.TryClaimAsync("0882", "conv", "recent", CancellationToken.None));
        Assert.Single(await tables.Inspector.AllEntitiesAsync(), e => e.Table == "ProcessedActivities");
    }
}
