using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Azure.Data.Tables;
using NaringslivCrm.Bot.Storage;
using NaringslivCrm.Bot.Storage.Companies;
using NaringslivCrm.Bot.Storage.Contacts;
using NaringslivCrm.Domain.Calendar;
using NaringslivCrm.Domain.Common;
using NaringslivCrm.Domain.Companies;
using NaringslivCrm.Domain.FollowUps;
using NaringslivCrm.Domain.Interactions;
using NaringslivCrm.Domain.Municipalities;
using NaringslivCrm.Domain.Needs;
using NaringslivCrm.Testing;
using Stopwatch = System.Diagnostics.Stopwatch;
using NaringslivCrm.Bot.Import;

namespace NaringslivCrm.Bench;

/// <summary>
/// Tab API latency per view with one municipality at scale (2,000 firms, --contacts contacts, one follow-up per five
/// contacts, 10 officers), through the Release host; table operations per request counted on the wire by a proxy
/// between the host and Azurite. Other municipalities live in other partitions and are never read by these routes.
/// </summary>
public static class TabApiBenchmark
{
    private const string Tenant = "00000000-0000-0000-0000-0000000000001";
    private static readonly MunicipalityCode Kommun = MunicipalityCode.Parse("0882").Value;

    public static async Task RunAsync(BenchOptions o, int contacts)
    {
        await using var azurite = new AzuriteProcess();
        await azurite.StartAsync();
        var seed = Stopwatch.StartNew();
        var orgnrs = await SeedAsync(azurite.ConnectionString, contacts);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"seeded 2,000 firms and {contacts:N0} contacts in {seed.Elapsed.TotalSeconds:F0} s"));
        await using var proxy = new CountingProxy(azurite.Port);
        await proxy.StartAsync();
        await using var host = new HostProcess();
        await host.StartAsync(new Dictionary<string, string>
        {
            ["ConnectionStrings__Tables"] = azurite.ConnectionString.Replace($":{azurite.Port}/", $":{proxy.Port}/", StringComparison.Ordinal),
            ["Bot__AllowAnonymous"] = "true",
            ["Municipalities__0__Code"] = "0882",
            ["Municipalities__0__Name"] = "Oskarshamn",
            ["Municipalities__0__TenantIds__0"] = Tenant,
            ["TabAuth__DevTokens__Enabled"] = "true",
            ["TabAuth__DevTokens__Users__0__UserId"] = "officer-0",
            ["TabAuth__DevTokens__Users__0__Name"] = "Handläggare 0",
            ["TabAuth__DevTokens__Users__0__MunicipalityCode"] = "0882",
            ["TabAuth__DevTokens__Users__0__Roles__0"] = "manager",
        });
        using var http = new HttpClient { BaseAddress = host.BaseUri };
        var token = (await (await http.PostAsJsonAsync("api/v1/dev/token", new { userId = "officer-0" })).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        var views = new (string Name, Func<int, string> Url, int Requests)[]
        {
            ("Mina uppföljningar (owner=me, active, 50)", _ => "api/v1/followups?owner=me&status=active&pageSize=50", o.Requests),
            ("Uppföljningar overdue (municipality, 50)", _ => "api/v1/followups?status=active&due=overdue&pageSize=50", o.Requests),
            ("Företag search (q, 50)", i => $"api/v1/companies?q={(char)('a' + (i % 5))}&pageSize=50", o.Requests / 4),
            ("Företag page with timeline", i => $"api/v1/companies/{orgnrs[i % orgnrs.Count]}", o.Requests),
            ("Servicenivå (manager)", _ => "api/v1/service-level", Math.Max(5, o.Requests / 20)),
        };
        Console.WriteLine("| view | requests | p50 | p99 | table operations per request |");
        Console.WriteLine("|---|---|---|---|---|");
        foreach (var (name, url, requests) in views)
        {
            await http.GetStringAsync(url(0));
            var before = proxy.Count;
            var latencies = new Latencies();
            for (var i = 0; i < requests; i++)
            {
                var started = Stopwatch.GetTimestamp();
                using var response = await http.GetAsync(url(i));
                response.EnsureSuccessStatusCode();
                _ = await response.Content.ReadAsByteArrayAsync();
                latencies.Add(Stopwatch.GetElapsedTime(started));
            }

            var ops = (proxy.Count - before) / (double)requests;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {name} | {requests} | {latencies.Percentile(50):F1} ms | {latencies.Percentile(99):F1} ms | {ops:F1} |"));
        }
    }

    private static async Task<List<string>> SeedAsync(string connectionString, int contacts)
    {
        var service = new TableServiceClient(connectionString);
        var names = new TableNames(string.Empty);
        foreach (var table in names.All)
        {
            await service.CreateTableIfNotExistsAsync(table);
        }

        var words = new[] { "Alfa", "Berg", "Ceder", "Dal", "Ek", "Fors", "Gran", "Hamn" };
        var firms = Enumerable.Range(0, 2000).Select(i =>
        {
            var nine = (556100000 + (i * 13)).ToString(CultureInfo.InvariantCulture);
            return new CompanyRegisterRow(OrgNumber.Parse(nine + OrgNumber.CheckDigit(nine)).Value, $"{words[i % 8]}{words[(i / 8) % 8].ToLowerInvariant()} Industri {i} AB", null, null, EmployeesBand.From50To99);
        }).ToList();
        await new TableCompanyRepository(service, names).UpsertRegisterDataAsync(Kommun, firms, CancellationToken.None);

        var officers = new NaringslivCrm.Bot.Storage.Officers.TableOfficerDirectory(service, names);
        for (var o = 0; o < 10; o++)
        {
            await officers.RememberAsync(Kommun, new UserRef($"officer-{o}", $"Handläggare {o}"), CancellationToken.None);
        }

        var repo = new TableInteractionRepository(service, names, NeedCategoryCatalog.Default);
        var calendar = new SwedishCalendar();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, 16).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < contacts)
            {
                var officer = new UserRef($"officer-{i % 10}", $"Handläggare {i % 10}");
                var firm = firms[i % firms.Count].OrgNumber;
                var date = today.AddDays(-(i % 365));
                var at = new DateTimeOffset(date.ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero);
                var visit = Interaction.Record(Guid.NewGuid(), Kommun, firm, InteractionKind.Visit, date, officer, at, "Besök med behov av kompetens.").Value;
                visit.AddNeed(Need.Identify(Guid.NewGuid(), NeedCategoryCatalog.Default.All[i % 5], "behov").Value);
                var followUps = new List<FollowUp>();
                if (i % 5 == 0)
                {
                    var f = FollowUp.Create(Guid.NewGuid(), Kommun, firm, visit.Id, "Återkoppla till företaget", officer,
                        calendar.WorkingDayOnOrAfter(date.AddDays(14)), officer, at, calendar).Value;
                    if (i % 10 == 0)
                    {
                        f.Close(officer, "Återkopplat", at.AddDays(i % 30));
                    }

                    followUps.Add(f);
                }

                await repo.AddAsync(visit, followUps);
            }
        }));
        return [.. firms.Take(200).Select(f => f.OrgNumber.ToString())];
    }
}
