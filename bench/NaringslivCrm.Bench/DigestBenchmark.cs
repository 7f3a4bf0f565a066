using System.Globalization;
using Azure.Data.Tables;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NaringslivCrm.Bot.Digest;
using NaringslivCrm.Bot.Storage;
using NaringslivCrm.Bot.Storage.Contacts;
using NaringslivCrm.Bot.Tenancy;
using NaringslivCrm.Domain.Calendar;
using NaringslivCrm.Domain.Common;
using NaringslivCrm.Domain.Companies;
using NaringslivCrm.Domain.FollowUps;
using NaringslivCrm.Domain.Interactions;
using NaringslivCrm.Domain.Municipalities;
using NaringslivCrm.Domain.Needs;
using NaringslivCrm.Domain.Signals;
using NaringslivCrm.Testing;
using Stopwatch = System.Diagnostics.Stopwatch;
using NaringslivCrm.Bot.Storage.Digest;

namespace NaringslivCrm.Bench;

/// <summary>
/// Digest build time and table operations (counted on the wire by a proxy in front of Azurite):
/// <list type="number">
/// <item>scale: 25 municipalities whose rollup rows account for 1,000,000 contacts over 52 weeks (written as the rows the
/// write path keeps, not as a million contacts: the digest reads only rollup rows, so the contacts themselves are never
/// touched);</item>
/// <item>write path: --contacts contacts logged through the real repository across 5 municipalities in the last two
/// weeks, then the digest, whose totals must equal what was written.</item>
/// </list>
/// </summary>
public static class DigestBenchmark
{
    public static async Task<int> RunAsync(IEnumerable<string> args)
    {
        var list = args.ToList();
        var i = list.IndexOf("--contacts");
        var contacts = i >= 0 ? int.Parse(list[i + 1], CultureInfo.InvariantCulture) : 10_000;
        var builds = 20;
        await using var azurite = new AzuriteProcess();
        await azurite.StartAsync();
        await using var proxy = new CountingProxy(azurite.Port);
        await proxy.StartAsync();
        var counted = new TableServiceClient(azurite.ConnectionString.Replace($":{azurite.Port}/", $":{proxy.Port}/", StringComparison.Ordinal));
        var direct = new TableServiceClient(azurite.ConnectionString);
        var today = SwedishCalendar.Today(TimeProvider.System);
        var week = DigestBuilder.WeekOf(today);

        var scale = new TableNames("scale");
        await direct.CreateTableIfNotExistsAsync(scale.Crm);
        var twentyFive = Enumerable.Range(0, 25).Select(n => new MunicipalityOptions { Code = (2501 + n).ToString(CultureInfo.InvariantCulture), Name = $"Kommun {n + 1}" }).ToList();
        var seeded = await SeedRollupsAsync(direct.GetTableClient(scale.Crm), twentyFive, today, 1_000_000);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"scale: 25 municipalities, rollups for {seeded:N0} contacts over 52 weeks"));
        await MeasureAsync("25 municipalities, 1,000,000 contacts (rollups)", Builder(counted, scale, twentyFive), week, builds, proxy, expectContacts: null);

        var path = new TableNames("path");
        foreach (var t in path.All)
        {
            await direct.CreateTableIfNotExistsAsync(t);
        }

        var five = twentyFive.Take(5).ToList();
        var seed = Stopwatch.StartNew();
        var thisWeek = await WriteContactsAsync(direct, path, five, today, contacts);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"write path: {contacts:N0} contacts through the repository in {seed.Elapsed.TotalSeconds:F0} s ({contacts / seed.Elapsed.TotalSeconds:F0}/s)"));
        await MeasureAsync($"5 municipalities, {contacts:N0} contacts (write path)", Builder(counted, path, five), week, builds, proxy, thisWeek);
        return 0;
    }

    private static DigestBuilder Builder(TableServiceClient service, TableNames names, List<MunicipalityOptions> municipalities)
    {
        var network = Options.Create(new NetworkOptions());
        return new DigestBuilder(new TableWeekRollupReader(service, names), new NetworkClient(new HttpClient(), network, TimeProvider.System, NullLogger<NetworkClient>.Instance),
            new MunicipalityDirectory(Options.Create(new TenancyOptions { Municipalities = municipalities })), network);
    }

    private static async Task MeasureAsync(string name, DigestBuilder builder, string week, int builds, CountingProxy proxy, int? expectContacts)
    {
        var first = await builder.BuildAsync(week, CancellationToken.None);
        if (expectContacts is { } expected && first.Total(r => r.Contacts) != expected)
        {
            throw new InvalidOperationException($"digest counts {first.Total(r => r.Contacts)} contacts this week, {expected} were written");
        }

        var before = proxy.Count;
        var latencies = new Latencies();
        for (var n = 0; n < builds; n++)
        {
            var started = Stopwatch.GetTimestamp();
            var digest = await builder.BuildAsync(week, CancellationToken.None);
            _ = DigestCard.Build(digest, en: false, tabLink: null);
            latencies.Add(Stopwatch.GetElapsedTime(started));
        }

        var ops = (proxy.Count - before) / (double)builds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {name} | {builds} | {latencies.Percentile(50):F1} ms | {latencies.Percentile(99):F1} ms | {ops:F0} | {first.Total(r => r.Contacts):N0} this week |"));
    }

    /// <summary>Rollup rows as the write path keeps them: per municipality and week, contacts spread evenly, needs and signals in proportion.</summary>
    private static async Task<int> SeedRollupsAsync(TableClient crm, List<MunicipalityOptions> municipalities, DateOnly today, int total)
    {
        var perRow = total / (municipalities.Count * 52);
        var written = 0;
        foreach (var m in municipalities)
        {
            var rows = Enumerable.Range(0, 52).Select(w =>
            {
                var week = DigestBuilder.WeekOf(today.AddDays(-7 * w));
                var e = new TableEntity(m.Code, WeekRollups.WeekRow(week))
                {
                    ["Week"] = week, [WeekRollups.Contacts] = perRow, [WeekRollups.Firms] = perRow / 3, [WeekRollups.Closed] = perRow / 4,
                    [WeekRollups.Histogram] = "10:5,30:20,70:30,140:10",
                };
                foreach (var c in NeedCategoryCatalog.Default.All)
                {
                    e[WeekRollups.NeedColumn(c.Id)] = (perRow / 13) + (c.Id.Length % 5);
                }

                foreach (var s in Enum.GetValues<SignalType>())
                {
                    e[WeekRollups.SignalColumn(s)] = (perRow / 40) + ((int)s % 3);
                }

                written += perRow;
                return new TableTransactionAction(TableTransactionActionType.UpsertReplace, e);
            }).ToList();
            foreach (var chunk in rows.Chunk(100))
            {
                await crm.SubmitTransactionAsync(chunk);
            }
        }

        return written;
    }

    /// <summary>Contacts with a need and a signal each through the real repository, half this week and half last week; returns this week's count.</summary>
    private static async Task<int> WriteContactsAsync(TableServiceClient service, TableNames names, List<MunicipalityOptions> municipalities, DateOnly today, int contacts)
    {
        var repo = new TableInteractionRepository(service, names, NeedCategoryCatalog.Default);
        var officer = new UserRef("bench", "Bench");
        var thisWeek = 0;
        var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        await Parallel.ForEachAsync(Enumerable.Range(0, contacts), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (n, ct) =>
        {
            var m = MunicipalityCode.Parse(municipalities[n % municipalities.Count].Code).Value;
            var nine = (559000000 + (n % 400 * 7)).ToString(CultureInfo.InvariantCulture);
            var org = OrgNumber.Parse(nine + OrgNumber.CheckDigit(nine)).Value;
            var date = n % 2 == 0 ? monday : monday.AddDays(-3);
            var i = Interaction.Record(Guid.NewGuid(), m, org, InteractionKind.Visit, date, officer, DateTimeOffset.UtcNow, "bench").Value;
            i.AddNeed(Need.Identify(Guid.NewGuid(), NeedCategoryCatalog.Default.All[n % 13], "behov").Value);
            i.AddSignal(Signal.Spot(Guid.NewGuid(), (n % 7) == 0 ? SignalType.Closing : SignalType.Hiring, "signal", [], null).Value);
            var result = await repo.AddAsync(i, Array.Empty<FollowUp>(), ct);
            if (!result.IsSuccess)
            {
                throw new InvalidOperationException(result.Error!.English);
            }

            if (n % 2 == 0)
            {
                Interlocked.Increment(ref thisWeek);
            }
        });
        return thisWeek;
    }
}
