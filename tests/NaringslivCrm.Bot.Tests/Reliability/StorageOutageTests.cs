using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Azure.Data.Tables;
using NaringslivCrm.Bot.Tests.Infrastructure;
using NaringslivCrm.Testing;
using NaringslivCrm.Testing.Fakes;

namespace NaringslivCrm.Bot.Tests.Reliability;

/// <summary>
/// Azurite (its own instance, data on disk) is stopped in the middle of a stream of saved contacts and started again:
/// while it is down every user gets a clear "försök igen" (chat, button and tab API), nothing is half written, and the
/// host carries on by itself once storage is back — no restart.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class StorageOutageTests(AzuriteFixture shared) : IAsyncLifetime
{
    private readonly string folder = Directory.CreateTempSubdirectory("azurite-outage-").FullName;
    private readonly FakeConnector connector = new() { AcceptAnonymous = true }; // anonymous bot, as with the Agents Playground
    private AzuriteProcess azurite = null!;
    private CrmAppFactory app = null!;

    public async Task InitializeAsync()
    {
        azurite = new AzuriteProcess { Location = folder };
        await azurite.StartAsync();
        await connector.StartAsync();
        app = new CrmAppFactory(shared, s =>
        {
            s["ConnectionStrings:Tables"] = azurite.ConnectionString;
            s["TabAuth:ClientId"] = "tab-client";
            s["TabAuth:ApplicationIdUri"] = "api://localhost/tab-client";
            s["TabAuth:MetadataUrl"] = "http://127.0.0.1:9/none";
            s["TabAuth:RequireHttpsMetadata"] = "false";
            s["TabAuth:DevTokens:Enabled"] = "true";
            s["TabAuth:DevTokens:Users:0:UserId"] = "anna";
            s["TabAuth:DevTokens:Users:0:Name"] = "Anna Lindqvist";
            s["TabAuth:DevTokens:Users:0:MunicipalityCode"] = "0882";
            s["TabAuth:DevTokens:Users:0:Roles:0"] = "manager";
        });
        _ = app.Server;
        var company = NaringslivCrm.Domain.Companies.Company.Register(NaringslivCrm.Domain.Municipalities.MunicipalityCode.Parse("0882").Value,
            NaringslivCrm.Domain.Companies.OrgNumber.Parse("556036-0793").Value, "Hammarverken Stål AB").Value;
        await Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<NaringslivCrm.Domain.Companies.ICompanyRepository>(app.Services).SaveAsync(company);
    }

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
        await connector.DisposeAsync();
        await azurite.DisposeAsync();
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task AzuriteStoppedMidLoad_ClearTryAgainNoPartialRecords_RecoversWithoutRestart()
    {
        var client = app.CreateClient();
        var token = (await (await client.PostAsJsonAsync("/api/v1/dev/token", new { userId = "anna" })).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        var tab = app.CreateClient();
        tab.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var chat = new Activities(connector);
        var outcomes = new List<(Guid Draft, HttpStatusCode Status, string Body)>();

        async Task SaveAsync()
        {
            var draft = Guid.NewGuid();
            var response = await client.PostActivityAsync(chat.Invoke("adaptiveCard/action", new { action = new { type = "Action.Execute", verb = "saveContact", data = Form(draft) } }));
            outcomes.Add((draft, response.StatusCode, System.Text.RegularExpressions.Regex.Unescape(await response.Content.ReadAsStringAsync())));
        }

        for (var i = 0; i < 10; i++)
        {
            await SaveAsync();
        }

        azurite.StopGracefully();
        var down = outcomes.Count;
        var saving = Task.Run(async () =>
        {
            for (var i = 0; i < 5; i++)
            {
                await SaveAsync();
            }
        });
        await client.PostActivityAsync(chat.Message("mina uppföljningar"));
        var apiDown = await tab.GetAsync("/api/v1/followups?owner=me");
        await saving;

        Assert.True(apiDown.StatusCode == HttpStatusCode.ServiceUnavailable, await apiDown.Content.ReadAsStringAsync());
        Assert.Contains("Försök igen", await apiDown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.All(outcomes.Skip(down), o =>
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, o.Status);
            Assert.Contains("Lagringen svarar inte just nu och ingenting sparades. Försök igen om en stund.", o.Body, StringComparison.Ordinal);
        });
        var apology = await connector.WaitForActivitiesAsync(1);
        Assert.Contains(apology, a => System.Text.RegularExpressions.Regex.Unescape(a.Body?.GetRawText() ?? string.Empty).Contains("Försök igen", StringComparison.Ordinal));

        await azurite.StartAsync();
        for (var i = 0; i < 5; i++)
        {
            await SaveAsync();
        }

        Assert.All(outcomes.Take(down).Concat(outcomes.Skip(down + 5)), o => Assert.Equal(HttpStatusCode.OK, o.Status));
        Assert.Equal(HttpStatusCode.OK, (await tab.GetAsync("/api/v1/followups?owner=me")).StatusCode);

        var crm = new List<TableEntity>();
        await foreach (var e in new TableServiceClient(azurite.ConnectionString).GetTableClient(app.TablePrefix + "Crm").QueryAsync<TableEntity>())
        {
            crm.Add(e);
        }

        var saved = crm.Where(e => e.RowKey.StartsWith("I|", StringComparison.Ordinal)).Select(e => Guid.Parse(e.GetString("Id"))).ToHashSet();
        Assert.Equal(outcomes.Where(o => o.Status == HttpStatusCode.OK).Select(o => o.Draft).ToHashSet(), saved);
        Assert.Equal(saved.Count, crm.Count(e => e.RowKey.StartsWith("IC|", StringComparison.Ordinal)));
        var keys = crm.Select(e => e.RowKey).ToHashSet(StringComparer.Ordinal);
        Assert.Contains(crm, e => e.RowKey.StartsWith("F|", StringComparison.Ordinal));
        Assert.All(crm.Where(e => e.RowKey.StartsWith("F|", StringComparison.Ordinal)),
            f => Assert.All((f.GetString("IndexKeys") ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries), k => Assert.Contains(k, keys)));
    }

    private static Dictionary<string, object?> Form(Guid draft) => new()
    {
        ["draftId"] = draft.ToString(),
        ["company"] = "5560360793",
        ["kind"] = "Visit",
        ["date"] = "2026-11-20",
        ["notes"] = "Under avbrottet",
        ["confidential"] = "false",
        ["needCategories"] = "energi",
        ["followUpText"] = "Återkoppla om effekt",
        ["followUpDue"] = "2030-01-10",
    };
}
