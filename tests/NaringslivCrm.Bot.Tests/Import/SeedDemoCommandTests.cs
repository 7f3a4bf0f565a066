using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using NaringslivCrm.Bot.Demo;
using NaringslivCrm.Bot.Hosting;
using NaringslivCrm.Bot.Import;
using NaringslivCrm.Bot.Storage.Contacts;
using NaringslivCrm.Bot.Tests.Infrastructure;
using NaringslivCrm.Domain.Municipalities;
using NaringslivCrm.Bot.Queries;

namespace NaringslivCrm.Bot.Tests.Import;

[Collection(AzuriteCollection.Name)]
public sealed class SeedDemoCommandTests(AzuriteFixture azurite) : IDisposable
{
    private static readonly MunicipalityCode Oskarshamn = MunicipalityCode.Parse("0882").Value;

    /// <summary>Wednesday 11 March 2026, 10:00 in Stockholm.</summary>
    private static readonly DateOnly Today = new(2026, 3, 11);

    private readonly StringWriter output = new();
    private CrmAppFactory? factory;

    /// <summary>The local user as appsettings.Development.json names it (the Agents Playground's default user).</summary>
    private const string LocalUserId = "00000000-0000-0000-0000-0000000000020";

    private CrmAppFactory Factory => factory ??= new CrmAppFactory(azurite, s =>
    {
        s["Demo:LocalUser:UserId"] = LocalUserId;
        s["Demo:LocalUser:Name"] = "Alex Wilber";
    }, services: s =>
    {
        s.AddSingleton(new CommandOutput(output, output));
        s.AddSingleton<TimeProvider>(new FakeTimeProvider(new DateTimeOffset(2026, 3, 11, 9, 0, 0, TimeSpan.Zero)));
    });

    [Fact]
    public async Task RunAsync_FreshTables_FirmsInteractionsAndFollowUpsOfEveryKind()
    {
        var exit = await RunAsync();

        var queries = Factory.Services.GetRequiredService<IFollowUpQueries>();
        var overdue = await queries.PageOpenByDueAsync(Oskarshamn, Today.AddDays(-1), 500, null, CancellationToken.None);
        var dueToday = await queries.PageOpenByDueAsync(Oskarshamn, Today, 500, null, CancellationToken.None);
        var playground = await queries.PageByOwnerAsync(Oskarshamn, LocalUserId, false, 50, null, CancellationToken.None);
        var annasDone = await queries.PageByOwnerAsync(Oskarshamn, "demo-anna", true, 50, null, CancellationToken.None);
        Assert.Equal(0, exit);
        Assert.Equal(40, await Tables.CountAsync("Companies"));
        Assert.True(overdue.Items.Count >= 5, $"{overdue.Items.Count} overdue");
        Assert.True(dueToday.Items.Count > overdue.Items.Count, "none due today");
        Assert.NotEmpty(playground.Items);
        Assert.NotEmpty(annasDone.Items);
        var officers = await Factory.Services.GetRequiredService<Officers.IOfficerDirectory>().ListAsync(Oskarshamn, CancellationToken.None);
        Assert.Equal(["Alex Wilber", "Anna Lindqvist", "Erik Johansson", "Sara Nilsson"], officers.Select(o => o.DisplayName));
        Assert.Contains("54 kontakter tillagda", output.ToString());
    }

    [Fact]
    public async Task RunAsync_Twice_NothingAddedTheSecondTime()
    {
        await RunAsync();
        var before = (await Tables.AllEntitiesAsync()).Count;

        var exit = await RunAsync();

        Assert.Equal(0, exit);
        Assert.Equal(before, (await Tables.AllEntitiesAsync()).Count);
        Assert.Contains("0 kontakter tillagda, 54 fanns redan", output.ToString());
    }

    public void Dispose()
    {
        factory?.Dispose();
        output.Dispose();
    }

    private TableInspector Tables => new(azurite, Factory.TablePrefix);

    private Task<int> RunAsync() =>
        Factory.Services.GetServices<ICliCommand>().Single(c => c.Name == "seed-demo").RunAsync([], CancellationToken.None);
}
