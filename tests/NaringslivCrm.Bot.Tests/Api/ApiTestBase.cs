using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using NaringslivCrm.Bot.Tests.Infrastructure;
using NaringslivCrm.Domain.Calendar;
using NaringslivCrm.Domain.Common;
using NaringslivCrm.Domain.Companies;
using NaringslivCrm.Domain.FollowUps;
using NaringslivCrm.Domain.Interactions;
using NaringslivCrm.Domain.Municipalities;
using NaringslivCrm.Testing.Fakes;

namespace NaringslivCrm.Bot.Tests.Api;

/// <summary>
/// A fresh host per test with the development token issuer on and a local Entra key server for SSO tokens.
/// Demo users: anna (manager), erik and sara (officers) in Oskarshamn (A), kim (manager) in Kiruna (B).
/// </summary>
public abstract class ApiTestBase(AzuriteFixture azurite) : IAsyncLifetime
{
    public static readonly MunicipalityCode Oskarshamn = TestMunicipalities.Oskarshamn;
    public static readonly MunicipalityCode Kiruna = TestMunicipalities.Kiruna;

    protected AzuriteFixture Azurite => azurite;

    protected LocalOpenIdServer Entra { get; } = new();

    protected CrmAppFactory App { get; private set; } = null!;

    protected HttpClient Client { get; private set; } = null!;

    protected virtual bool DevTokens => true;

    public async Task InitializeAsync()
    {
        await Entra.StartAsync();
        App = new CrmAppFactory(azurite, s =>
        {
            s["TabAuth:ClientId"] = "tab-client";
            s["TabAuth:ApplicationIdUri"] = "api://localhost/tab-client";
            s["TabAuth:MetadataUrl"] = Entra.MetadataUri.ToString();
            s["TabAuth:RequireHttpsMetadata"] = "false";
            s["TabAuth:DevTokens:Enabled"] = DevTokens ? "true" : "false";
            TestMunicipalities.AddUser(s, 0, "anna", "Anna Lindqvist", Oskarshamn, "manager");
            TestMunicipalities.AddUser(s, 1, "erik", "Erik Johansson", Oskarshamn, "officer");
            TestMunicipalities.AddUser(s, 2, "kim", "Kim Berg", Kiruna, "manager");
            TestMunicipalities.AddUser(s, 3, "sara", "Sara Nilsson", Oskarshamn, "officer");
        });
        Client = App.CreateClient();
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        await Entra.DisposeAsync();
    }

    protected async Task<HttpClient> SignedInAsync(string userId)
    {
        var response = await Client.PostAsJsonAsync("/api/v1/dev/token", new { userId });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        var client = App.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>A company with one visit and <paramref name="followUps"/> follow-ups owned by <paramref name="owner"/>.</summary>
    protected async Task<IReadOnlyList<FollowUp>> SeedAsync(MunicipalityCode m, string orgnr, string name, string owner, int followUps = 1,
        string description = "Återkoppla om bygglov", int dueInDays = 5)
    {
        var services = App.Services;
        var calendar = new SwedishCalendar();
        var org = OrgNumber.Parse(orgnr).Value;
        var company = Company.Register(m, org, name).Value;
        await services.GetRequiredService<ICompanyRepository>().SaveAsync(company);
        var user = new UserRef(owner, owner);
        var now = DateTimeOffset.UtcNow;
        var all = new List<FollowUp>();
        foreach (var chunk in Enumerable.Range(0, followUps).Chunk(20))
        {
            var visit = Interaction.Record(Guid.NewGuid(), m, org, InteractionKind.Visit, DateOnly.FromDateTime(now.Date), user, now, "anteckning").Value;
            var due = calendar.WorkingDayOnOrAfter(DateOnly.FromDateTime(now.Date).AddDays(dueInDays));
            var items = chunk.Select(i => FollowUp.Create(Guid.NewGuid(), m, org, visit.Id, $"{description} {i}", user, due, user, now, calendar).Value).ToList();
            Assert.True((await services.GetRequiredService<IInteractionRepository>().AddAsync(visit, items)).IsSuccess);
            all.AddRange(items);
        }

        return all;
    }
}
