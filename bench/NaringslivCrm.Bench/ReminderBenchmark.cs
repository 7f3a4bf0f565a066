using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NaringslivCrm.Bot.Conversations;
using NaringslivCrm.Bot.Hosting;
using NaringslivCrm.Bot.Reminders;
using NaringslivCrm.Domain.Common;
using NaringslivCrm.Domain.Companies;
using NaringslivCrm.Domain.FollowUps;
using NaringslivCrm.Domain.Interactions;
using NaringslivCrm.Domain.Municipalities;
using NaringslivCrm.Teams.Schema;
using NaringslivCrm.Testing;
using NaringslivCrm.Testing.Fakes;
using Stopwatch = System.Diagnostics.Stopwatch;

namespace NaringslivCrm.Bench;

/// <summary>
/// --followups N (default 1,000) due today across 5 municipalities (5 tenants, 10 officers each), sent by one scheduler
/// round of the app's own services (in process, Release) against a local fake Graph and fake Connector, with the real
/// per-tenant throttle at --rate requests/s (default 5, Graph's limit). Reports total time against the throttle's
/// theoretical minimum and counts lost and doubled deliveries per channel. The clock the scheduler sees is fixed to a
/// Tuesday 10:00 in Stockholm; the throttle measures real seconds.
/// </summary>
public static partial class ReminderBenchmark
{
    private const int Municipalities = 5;
    private const int OfficersEach = 10;
    private static readonly string[] Codes = ["0882", "2584", "2580", "2081", "0481"];

    public static async Task<int> RunAsync(IEnumerable<string> args)
    {
        var map = args.ToList();
        int Get(string name, int d) => map.IndexOf("--" + name) is var i and >= 0 && i + 1 < map.Count ? int.Parse(map[i + 1], CultureInfo.InvariantCulture) : d;
        var total = Get("followups", 1000);
        var rate = Get("rate", 5);

        await using var azurite = new AzuriteProcess();
        await azurite.StartAsync();
        await using var entra = new FakeEntra();
        await entra.StartAsync();
        entra.AddApp(new EntraApp("bench-graph-app", Enumerable.Range(0, Municipalities).Select(Tenant).ToHashSet(), ["TeamsActivity.Send"], Secret: "graph-secret"));
        await using var graph = new FakeGraph(entra, "bench-graph-app");
        await graph.StartAsync();
        await using var connector = new FakeConnector { Registration = new("bench-app", "secret", Tenant(0)) };
        await connector.StartAsync();
        await using var app = Build(azurite.ConnectionString, entra, graph, connector, rate);
        await app.StartAsync();

        var expected = await SeedAsync(app.Services, connector, total);
        var scheduler = app.Services.GetRequiredService<ReminderScheduler>();
        var watch = Stopwatch.StartNew();
        var sent = await scheduler.RunOnceAsync(CancellationToken.None);
        var elapsed = watch.Elapsed;
        await app.StopAsync();

        var perTenant = (int)Math.Ceiling(total / (double)Municipalities);
        var minimum = TimeSpan.FromSeconds((perTenant - 1) / (double)rate);
        var feed = Count(graph.Calls.Select(c => FollowUpIdIn(c.Body.GetProperty("topic").GetProperty("webUrl").GetString())));
        var cards = Count(connector.Activities.Where(a => a.Method == "POST").Select(a => a.Card is { } c ? c.GetProperty("refresh").GetProperty("action").GetProperty("data").GetProperty("id").GetString() : null));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"reminders: {total:N0} due follow-ups, {Municipalities} municipalities/tenants, throttle {rate}/s per tenant"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  one round: {elapsed.TotalSeconds:F1} s; throttle minimum {minimum.TotalSeconds:F1} s ({perTenant} per tenant, first call free); ratio {elapsed / minimum:F2}; {sent} reported delivered"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  activity feed: {graph.Calls.Count} calls, lost {expected.Count(id => !feed.ContainsKey(id))}, doubled {feed.Count(p => p.Value > 1)}; peak {PeakPerSecond(graph.Calls):F1} calls/s in one tenant's second"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  bot cards: {connector.Activities.Count} posts, lost {expected.Count(id => !cards.ContainsKey(id))}, doubled {cards.Count(p => p.Value > 1)}"));
        return expected.All(id => feed.GetValueOrDefault(id) == 1 && cards.GetValueOrDefault(id) == 1) ? 0 : 1;
    }

    private static WebApplication Build(string tables, FakeEntra entra, FakeGraph graph, FakeConnector connector, int rate)
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        var settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Tables"] = tables,
            ["MicrosoftAppType"] = "SingleTenant",
            ["MicrosoftAppId"] = "bench-app",
            ["MicrosoftAppPassword"] = "secret",
            ["MicrosoftAppTenantId"] = Tenant(0),
            ["BotCredentials:AuthorityHost"] = connector.BaseUri.ToString(),
            ["Reminders:Enabled"] = "false",
            ["Graph:ClientId"] = "bench-graph-app",
            ["Graph:TenantId"] = Tenant(0),
            ["Graph:ClientSecret"] = "graph-secret",
            ["Graph:AuthorityHost"] = entra.BaseUri.ToString(),
            ["Reminders:GraphBaseUrl"] = graph.BaseUrl,
            ["Reminders:GraphRequestsPerSecond"] = rate.ToString(CultureInfo.InvariantCulture),
            ["Reminders:TeamsAppId"] = "bench-teams-app",
            ["Reminders:ProactiveServiceUrl"] = connector.ServiceUrl,
        };
        for (var m = 0; m < Municipalities; m++)
        {
            settings[$"Municipalities:{m}:Code"] = Codes[m];
            settings[$"Municipalities:{m}:Name"] = "Kommun " + Codes[m];
            settings[$"Municipalities:{m}:TenantIds:0"] = Tenant(m);
        }

        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddSingleton<TimeProvider>(new FixedClock(new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero)));
        builder.Services.AddHttpClient("entra").ConfigurePrimaryHttpMessageHandler(entra.TrustingHandler);
        builder.Services.AddCrmStorage();
        builder.Services.AddCrmRepositories();
        builder.Services.AddPrivacy();
        builder.Services.AddTeamsBot(builder.Configuration);
        builder.Services.AddChatCommands();
        builder.Services.AddTabApi();
        builder.Services.AddReminders();
        builder.Services.AddCrmData();
        return builder.Build();
    }

    /// <summary>Officers with stored personal chats; follow-ups due today, 20 per transaction with their visit.</summary>
    private static async Task<List<string>> SeedAsync(IServiceProvider services, FakeConnector connector, int total)
    {
        var ids = new List<string>();
        var org = OrgNumber.Parse("556036-0793").Value;
        var created = new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);
        for (var m = 0; m < Municipalities; m++)
        {
            var code = MunicipalityCode.Parse(Codes[m]).Value;
            await services.GetRequiredService<ICompanyRepository>().SaveAsync(Company.Register(code, org, "Bänkverken AB").Value);
            for (var o = 0; o < OfficersEach; o++)
            {
                await services.GetRequiredService<IConversationReferenceRepository>().SaveAsync(code.Value, new ConversationReference
                {
                    ServiceUrl = connector.ServiceUrl, ConversationId = $"a:personal-{code.Value}-{o}", TenantId = Tenant(m), ConversationType = "personal",
                    UserId = $"29:{code.Value}-{o}", UserAadObjectId = $"oid-{code.Value}-{o}",
                }, CancellationToken.None);
                connector.KnowConversation($"a:personal-{code.Value}-{o}");
            }

            var mine = Enumerable.Range(0, total).Where(i => i % Municipalities == m).ToList();
            foreach (var chunk in mine.Chunk(20))
            {
                var owner = new UserRef($"oid-{code.Value}-{chunk[0] / Municipalities % OfficersEach}", "Handläggare");
                var visit = Interaction.Record(Guid.NewGuid(), code, org, InteractionKind.Visit, new DateOnly(2026, 11, 2), owner, created).Value;
                var items = chunk.Select(i => FollowUp.Restore(Guid.NewGuid(), code, org, visit.Id, $"Uppföljning {i}",
                    new UserRef($"oid-{code.Value}-{i / Municipalities % OfficersEach}", "Handläggare"), new DateOnly(2026, 11, 24),
                    FollowUpStatus.Open, created, null, null, [], null)).ToList();
                var saved = await services.GetRequiredService<IInteractionRepository>().AddAsync(visit, items);
                if (!saved.IsSuccess)
                {
                    throw new InvalidOperationException("seeding failed: " + saved.Error!.English);
                }

                ids.AddRange(items.Select(f => f.Id.ToString("N")));
            }
        }

        return ids;
    }

    private static Dictionary<string, int> Count(IEnumerable<string?> ids) =>
        ids.OfType<string>().GroupBy(i => i).ToDictionary(g => g.Key, g => g.Count());

    private static string? FollowUpIdIn(string? webUrl) =>
        webUrl is null ? null : HexId().Match(Uri.UnescapeDataString(webUrl)) is { Success: true } m ? m.Value : null;

    private static double PeakPerSecond(IEnumerable<GraphCall> calls) =>
        calls.GroupBy(c => (Municipality: c.UserId.Split('-')[1], Second: c.At.ToUnixTimeSeconds()))
            .Select(g => g.Count()).DefaultIfEmpty(0).Max();

    private static string Tenant(int m) => $"00000000-0000-0000-0000-00000000000{m + 1}";

    [GeneratedRegex("[0-9a-f]{32}")]
    private static partial Regex HexId();

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
