using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Moq;
using NaringslivCrm.Bot.Digest;
using NaringslivCrm.Bot.Tenancy;
using NaringslivCrm.Bot.Tests.Infrastructure;
using NaringslivCrm.Bot.Tests.Storage;
using NaringslivCrm.Teams.Connector;
using NaringslivCrm.Teams.Schema;
using NaringslivCrm.Bot.Storage.Digest;

namespace NaringslivCrm.Bot.Tests.Digest;

/// <summary>Monday 07:00 Europe/Stockholm, exactly one digest per ISO week per conversation, across restarts and downtime.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class DigestSchedulerTests(AzuriteFixture azurite)
{
    // Monday 30 November 2026, 06:59 in Stockholm (UTC+1).
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 11, 30, 5, 59, 0, TimeSpan.Zero));
    private readonly Mock<IConnectorClient> connector = new();
    private readonly List<(string Conversation, string Text)> sent = [];

    [Fact]
    public async Task Schedule_MondaySevenOncePerWeekPerConversation_RestartDoesNotRepeatDowntimeCatchesUp()
    {
        var tables = await CrmTables.CreateAsync(azurite);
        var store = new DigestStore(tables.Service, tables.Names);
        await store.ActivateAsync(Reference("19:au@thread.v2"), "member", clock.GetUtcNow(), CancellationToken.None);
        await store.ActivateAsync(Reference("a:personal-kim"), "member", clock.GetUtcNow(), CancellationToken.None);
        connector.Setup(c => c.SendToConversationAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<Activity>(), It.IsAny<CancellationToken>()))
            .Callback<string, string, Activity, CancellationToken>((_, id, a, _) => sent.Add((id, a.Attachments![0].Content!.ToString()!)))
            .ReturnsAsync(new ResourceResponse("1"));

        Assert.Equal(0, await Scheduler(store).RunOnceAsync(CancellationToken.None)); // 06:59
        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(2, await Scheduler(store).RunOnceAsync(CancellationToken.None)); // 07:00
        clock.Advance(TimeSpan.FromHours(3));
        Assert.Equal(0, await Scheduler(store).RunOnceAsync(CancellationToken.None)); // a restarted host, same week

        clock.Advance(TimeSpan.FromDays(9)); // down all of next Monday; up again Wednesday 10:00 of week 50
        Assert.Equal(2, await Scheduler(store).RunOnceAsync(CancellationToken.None));
        Assert.Equal(0, await Scheduler(store).RunOnceAsync(CancellationToken.None));

        Assert.Equal(4, sent.Count);
        Assert.Equal(2, sent.Count(s => s.Conversation == "19:au@thread.v2"));
        Assert.All(sent.Take(2), s => Assert.Contains("Veckobrev v. 48 2026", Unescape(s.Text), StringComparison.Ordinal)); // Monday of week 49: the week that ended
        Assert.All(sent.Skip(2), s => Assert.Contains("Veckobrev v. 49 2026", Unescape(s.Text), StringComparison.Ordinal)); // caught up in week 50
    }

    [Fact]
    public async Task Schedule_SendFails_ClaimGivenBackAndTheNextRoundDelivers()
    {
        var tables = await CrmTables.CreateAsync(azurite);
        var store = new DigestStore(tables.Service, tables.Names);
        await store.ActivateAsync(Reference("19:au@thread.v2"), "member", clock.GetUtcNow(), CancellationToken.None);
        connector.SetupSequence(c => c.SendToConversationAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<Activity>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new ConnectorException(503, "ServiceUnavailable", null))
            .ReturnsAsync(new ResourceResponse("1"));
        clock.Advance(TimeSpan.FromMinutes(5));

        Assert.Equal(0, await Scheduler(store).RunOnceAsync(CancellationToken.None));
        Assert.Equal(1, await Scheduler(store).RunOnceAsync(CancellationToken.None));
        Assert.Equal(0, await Scheduler(store).RunOnceAsync(CancellationToken.None));
    }

    [Fact]
    public async Task SendNow_AfterTheSchedulerPostedIt_SaysTheConversationAlreadyHadIt()
    {
        var tables = await CrmTables.CreateAsync(azurite);
        var store = new DigestStore(tables.Service, tables.Names);
        await store.ActivateAsync(Reference("19:au@thread.v2"), "member", clock.GetUtcNow(), CancellationToken.None);
        connector.Setup(c => c.SendToConversationAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<Activity>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new ResourceResponse("1"));
        clock.Advance(TimeSpan.FromMinutes(5)); // Monday 07:04: the host's own round has posted week 48 already
        Assert.Equal(1, await Scheduler(store).RunOnceAsync(CancellationToken.None));

        var round = await Scheduler(store).SendNowAsync(CancellationToken.None);

        Assert.Equal(new DigestRound("2026-W48", 0, 1, 0), round);
        var text = SendDigestCommand.Describe(round);
        Assert.Contains("skickades nu till 0 konversationer", text, StringComparison.Ordinal);
        Assert.Contains("En konversation hade redan fått det", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Describe_NothingActivated_SaysHowToActivate() =>
        Assert.Contains("aktivera veckobrev här", SendDigestCommand.Describe(new DigestRound("2026-W48", 0, 0, 0)), StringComparison.Ordinal);

    private static string Unescape(string json) => System.Text.RegularExpressions.Regex.Unescape(json);

    private DigestScheduler Scheduler(DigestStore store)
    {
        var rollups = new Mock<IWeekRollupReader>();
        rollups.Setup(r => r.ReadAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((string code, string name, string week, CancellationToken _) => WeekReport.Empty(code, name, week) with { Contacts = 4 });
        var directory = new Mock<IMunicipalityDirectory>();
        directory.Setup(d => d.All).Returns([new CallerMunicipality("0882", "Oskarshamn")]);
        var network = Options.Create(new NetworkOptions());
        var builder = new DigestBuilder(rollups.Object, new NetworkClient(new HttpClient(), network, clock, NullLogger<NetworkClient>.Instance), directory.Object, network);
        return new DigestScheduler(builder, store, connector.Object, Options.Create(new DigestOptions()),
            new DigestLink(Options.Create(new DigestOptions()), Options.Create(new NaringslivCrm.Bot.Reminders.ReminderOptions())), clock, NullLogger<DigestScheduler>.Instance);
    }

    private static ConversationReference Reference(string id) => new() { ServiceUrl = "https://smba.example/emea/", ConversationId = id, TenantId = CrmAppFactory.TenantA };
}
