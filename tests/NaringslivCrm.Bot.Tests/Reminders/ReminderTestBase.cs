using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using NaringslivCrm.Bot.Conversations;
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
    public static readonly MunicipalityCode Kommun = MunicipalityCode.Parse("0882").Value;
    public const string Owner = "oid-owner";

    protected FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero));
    protected FakeGraph Graph { get; } = new();
    protected FakeConnector Connector { get; } = new();
    protected CrmAppFactory App { get; private set; } = null!;
    protected DateOnly Today => new(2026, 11, 24);

    public async Task InitializeAsync()
    {
        await Graph.StartAsync();
        await Connector.StartAsync();
        App = new CrmAppFactory(azurite, s =>
        {
            s["MicrosoftAppType"] = "SingleTenant";
            s["MicrosoftAppId"] = "app-id";
            s["MicrosoftAppPassword"] = "secret";
            s["MicrosoftAppTenantId"] = CrmAppFactory.TenantA;
            s["BotCredentials:AuthorityHost"] = Connector.BaseUri.ToString();
            s["Reminders:GraphBaseUrl"] = Graph.BaseUrl;
            s["Reminders:TeamsAppId"] = "teams-app";
            s["Reminders:GraphRequestsPerSecond"] = "50";
        }, services => services.AddSingleton<TimeProvider>(Clock));
        _ = App.Services;
        await App.Services.GetRequiredService<IConversationReferenceRepository>().SaveAsync(Kommun.Value, new ConversationReference
        {
            ServiceUrl = Connector.ServiceUrl,
            ConversationId = "a:personal-owner",
            TenantId = CrmAppFactory.TenantA,
            ConversationType = "personal",
            UserId = "29:owner",
            UserAadObjectId = Owner,
        }, default);
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        await Connector.DisposeAsync();
        await Graph.DisposeAsync();
    }

    protected T Service<T>() where T : notnull => App.Services.GetRequiredService<T>();

    /// <summary>A follow-up owned by <see cref="Owner"/> due on <paramref name="due"/>.</summary>
    protected async Task<FollowUp> FollowUpDueAsync(DateOnly due, string text = "Återkoppla om bygglov")
    {
        var org = OrgNumber.Parse("556036-0793").Value;
        await Service<ICompanyRepository>().SaveAsync(Company.Register(Kommun, org, "Hammarverken").Value);
        var user = new UserRef(Owner, "Anna");
        var created = new DateTimeOffset(2026, 11, 1, 9, 0, 0, TimeSpan.Zero);
        var visit = Interaction.Record(Guid.NewGuid(), Kommun, org, InteractionKind.Visit, new DateOnly(2026, 11, 1), user, created).Value;
        var f = FollowUp.Restore(Guid.NewGuid(), Kommun, org, visit.Id, text, user, due, FollowUpStatus.Open, created, null, null, [], null);
        Assert.True((await Service<IInteractionRepository>().AddAsync(visit, [f])).IsSuccess);
        return f;
    }
}
