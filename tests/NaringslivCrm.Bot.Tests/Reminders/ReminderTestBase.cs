using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using NaringslivCrm.Bot.Conversations;
using NaringslivCrm.Bot.Officers;
using NaringslivCrm.Bot.Reminders;
using NaringslivCrm.Bot.Tests.Infrastructure;
using NaringslivCrm.Domain.Calendar;
using NaringslivCrm.Domain.Common;
using NaringslivCrm.Domain.Companies;
using NaringslivCrm.Domain.FollowUps;
using NaringslivCrm.Domain.Interactions;
using NaringslivCrm.Domain.Municipalities;
using NaringslivCrm.Teams.Schema;
using NaringslivCrm.Testing.Fakes;

namespace NaringslivCrm.Bot.Tests.Reminders;

/// <summary>
/// A host whose clock is a FakeTimeProvider set to Tuesday 2026-11-24 10:00 in Stockholm, with a fake Graph, a fake
/// Connector (also the Entra token endpoint) and the owner's personal chat stored as on install.
/// </summary>
public abstract class ReminderTestBase(AzuriteFixture azurite) : IAsyncLifetime
{
    public static readonly MunicipalityCode Kommun = TestMunicipalities.Oskarshamn;
    public const string Owner = "oid-owner";
    public const string Colleague = "oid-colleague";

    /// <summary>The Entra app in the manifest's webApplicationInfo.id (also the tab's SSO app), which sends the feed.</summary>
    public const string WebApplicationId = "tab-client";
    public const string GraphSecret = "graph-secret";

    protected FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero));
    protected FakeEntra Entra { get; } = new();
    protected FakeGraph Graph { get; private set; } = null!;
    protected FakeConnector Connector { get; } = new() { Registration = new("app-id", "secret", CrmAppFactory.TenantA) };
    protected CrmAppFactory App { get; set; } = null!;
    protected DateOnly Today => new(2026, 11, 24);

    public async Task InitializeAsync()
    {
        await Entra.StartAsync();
        Entra.AddApp(new EntraApp(WebApplicationId, new HashSet<string> { CrmAppFactory.TenantA, CrmAppFactory.TenantB }, ["TeamsActivity.Send"], Secret: GraphSecret));
        Graph = new FakeGraph(Entra, WebApplicationId);
        await Graph.StartAsync();
        await Connector.StartAsync();
        App = NewApp();
        _ = App.Services;
        await PersonalChatAsync(Owner, "owner");
        await PersonalChatAsync(Colleague, "colleague");
        foreach (var officer in new[] { new UserRef(Owner, "Anna"), new UserRef(Colleague, "Bertil") })
        {
            await Service<IOfficerDirectory>().RememberAsync(Kommun, officer, default);
        }
    }

    /// <summary>A host on the fakes and the shared Azurite; <paramref name="tablePrefix"/> reopens another host's tables.</summary>
    protected CrmAppFactory NewApp(string? tablePrefix = null) => new(azurite, s =>
        {
            s["MicrosoftAppType"] = "SingleTenant";
            s["MicrosoftAppId"] = "app-id";
            s["MicrosoftAppPassword"] = "secret";
            s["MicrosoftAppTenantId"] = CrmAppFactory.TenantA;
            s["BotCredentials:AuthorityHost"] = Connector.BaseUri.ToString();
            s["Reminders:GraphBaseUrl"] = Graph.BaseUrl;
            s["Graph:ClientId"] = WebApplicationId;
            s["Graph:TenantId"] = CrmAppFactory.TenantA;
            s["Graph:ClientSecret"] = GraphSecret;
            s["Graph:AuthorityHost"] = Entra.BaseUri.ToString();
            s["Reminders:TeamsAppId"] = "teams-app";
            s["Reminders:GraphRequestsPerSecond"] = "50";
            s["Reminders:ProactiveServiceUrl"] = Connector.ServiceUrl;
            s["TabAuth:ClientId"] = "tab-client";
            s["TabAuth:DevTokens:Enabled"] = "true";
            TestMunicipalities.AddUser(s, 0, "oid-chef", "Chef Cecilia", Kommun, "manager");
            TestMunicipalities.AddUser(s, 1, Owner, "Anna", Kommun, "officer");
            TestMunicipalities.AddUser(s, 2, "oid-kim", "Kim Berg", TestMunicipalities.Kiruna, "manager");
            Configure(s);
            if (tablePrefix is not null)
            {
                s["Storage:TablePrefix"] = tablePrefix;
            }
        }, services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            services.AddHttpClient("entra").ConfigurePrimaryHttpMessageHandler(Entra.TrustingHandler);
        });

    /// <summary>Extra settings for a test class.</summary>
    protected virtual void Configure(Dictionary<string, string?> settings)
    {
    }

    /// <summary>Stores the personal chat with a user as the bot does on install.</summary>
    protected Task PersonalChatAsync(string aadObjectId, string name)
    {
        Connector.KnowConversation("a:personal-" + name);
        return Service<IConversationReferenceRepository>().SaveAsync(Kommun.Value, new ConversationReference
        {
            ServiceUrl = Connector.ServiceUrl,
            ConversationId = "a:personal-" + name,
            TenantId = CrmAppFactory.TenantA,
            ConversationType = "personal",
            UserId = "29:" + name,
            UserAadObjectId = aadObjectId,
        }, default);
    }

    /// <summary>A tab API client signed in through the development token issuer.</summary>
    protected async Task<HttpClient> SignedInAsync(string userId)
    {
        var client = App.CreateClient();
        var response = await client.PostAsJsonAsync("/api/v1/dev/token", new { userId });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>Activities from the owner's personal chat (as Teams sends them).</summary>
    protected Activities OwnerChat() => new(Connector) { UserAadObjectId = Owner, ConversationId = "a:personal-owner" };

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        await Connector.DisposeAsync();
        await Graph.DisposeAsync();
        await Entra.DisposeAsync();
    }

    /// <summary>The version a card or the tab shows for <paramref name="f"/>.</summary>
    protected static string Tag(FollowUp f) => NaringslivCrm.Bot.FollowUps.Changes.FollowUpVersion.Tag(f);

    protected T Service<T>() where T : notnull => App.Services.GetRequiredService<T>();

    /// <summary>A follow-up owned by <see cref="Owner"/> due on <paramref name="due"/>.</summary>
    protected async Task<FollowUp> FollowUpDueAsync(DateOnly due, string text = "Återkoppla om bygglov", UserRef? owner = null)
    {
        var kommun = Kommun;
        var org = OrgNumber.Parse("556036-0793").Value;
        await Service<ICompanyRepository>().SaveAsync(Company.Register(kommun, org, "Hammarverken").Value);
        var user = owner ?? new UserRef(Owner, "Anna");
        var created = new DateTimeOffset(2026, 11, 1, 9, 0, 0, TimeSpan.Zero);
        var visit = Interaction.Record(Guid.NewGuid(), kommun, org, InteractionKind.Visit, new DateOnly(2026, 11, 1), user, created).Value;
        var f = FollowUp.Restore(Guid.NewGuid(), kommun, org, visit.Id, text, user, due, FollowUpStatus.Open, created, null, null, [], null);
        Assert.True((await Service<IInteractionRepository>().AddAsync(visit, [f])).IsSuccess);
        return f;
    }
}
