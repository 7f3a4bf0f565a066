using System.Net.Http.Json;
using System.Text.Json;
using NaringslivCrm.Bot.Reminders;
using NaringslivCrm.Bot.Tests.Infrastructure;
using NaringslivCrm.Domain.Common;
using NaringslivCrm.Testing.Fakes;

namespace NaringslivCrm.Bot.Tests.Reminders;

/// <summary>
/// The activity feed is sent as the Entra app in the manifest's webApplicationInfo, and each way Graph or Entra
/// refuses it is a distinct delivery problem the manager sees. The fakes enforce the platform's rules (see
/// <see cref="FakeGraph"/> and <see cref="FakeEntra"/> for the documents).
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class GraphIdentityTests(AzuriteFixture azurite) : ReminderTestBase(azurite)
{
    private string? clientId;
    private string? secret;

    [Fact]
    public async Task Feed_TokenFromTheWebApplicationApp_ForTheRecipientsTenant()
    {
        await FollowUpDueAsync(Today);

        await Service<ReminderScheduler>().RunOnceAsync(default);

        Assert.Single(Graph.Calls);
        var request = Assert.Single(Entra.Requests);
        Assert.Equal(("client-secret", WebApplicationId, "https://graph.microsoft.com/.default", CrmAppFactory.TenantA),
            (request.Kind, request.ClientId, request.ScopeOrResource, request.Tenant));
        Assert.Empty(await ProblemsAsync());
    }

    [Fact]
    public async Task Feed_GraphIdentityIsTheBotsApp_RecordedAsMismatchedTeamsApp()
    {
        Entra.AddApp(new EntraApp("app-id", new HashSet<string> { CrmAppFactory.TenantA }, ["TeamsActivity.Send"], Secret: "bot-secret"));
        await RestartAsync("app-id", "bot-secret");
        await FollowUpDueAsync(Today);

        await Service<ReminderScheduler>().RunOnceAsync(default);

        Assert.Empty(Graph.Calls);
        Assert.Equal(403, Assert.Single(Graph.Refusals).Status);
        Assert.Equal("feedAppMismatch", Assert.Single(await ProblemsAsync()).GetProperty("problem").GetString());
        Assert.Single(Connector.Activities);
    }

    [Fact]
    public async Task Feed_AppWithoutTeamsActivitySend_RecordedAsPermissionProblem()
    {
        Entra.AddApp(new EntraApp(WebApplicationId, new HashSet<string> { CrmAppFactory.TenantA }, [], Secret: GraphSecret));
        await FollowUpDueAsync(Today);

        await Service<ReminderScheduler>().RunOnceAsync(default);

        Assert.Equal(("Forbidden", 403), (Assert.Single(Graph.Refusals).Code, Assert.Single(Graph.Refusals).Status));
        Assert.Equal("feedPermission", Assert.Single(await ProblemsAsync()).GetProperty("problem").GetString());
    }

    [Fact]
    public async Task Feed_EntraRefusesTheSecret_RecordedAsPermissionProblemNothingSentToGraph()
    {
        await RestartAsync(WebApplicationId, "wrong-secret");
        await FollowUpDueAsync(Today);

        await Service<ReminderScheduler>().RunOnceAsync(default);

        Assert.Empty(Graph.Calls);
        Assert.Empty(Graph.Refusals);
        Assert.Equal("feedPermission", Assert.Single(await ProblemsAsync()).GetProperty("problem").GetString());
        var outbox = Assert.Single(await Service<IReminderOutbox>().AllAsync(Kommun.Value, default));
        Assert.Contains("FeedPermission", outbox.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Feed_UserWithoutTheApp_RecordedAsUserWithoutAppCardStillSent()
    {
        var newcomer = new UserRef("oid-newcomer", "Nora Ny");
        Graph.RemoveAppFor(newcomer.UserId);
        await FollowUpDueAsync(Today, "Ring tillbaka", newcomer);

        await Service<ReminderScheduler>().RunOnceAsync(default);

        var item = Assert.Single(await ProblemsAsync());
        Assert.Equal(("Nora Ny", "feedWithoutApp"), (item.GetProperty("officerName").GetString(), item.GetProperty("problem").GetString()));
        Assert.Single(Connector.Activities, a => a.Path.Contains("a:created-", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Feed_Conflict409_RecordedAsMismatchedTeamsApp()
    {
        await FollowUpDueAsync(Today);
        Graph.FailNext(409, body: """{"error":{"code":"Conflict","message":"Found multiple applications with the same Microsoft Entra App ID 'tab-client'."}}""");

        await Service<ReminderScheduler>().RunOnceAsync(default);

        Assert.Equal("feedAppMismatch", Assert.Single(await ProblemsAsync()).GetProperty("problem").GetString());
    }

    [Fact]
    public async Task Feed_ProblemThenDelivered_FeedProblemCleared()
    {
        Graph.FailNext(409, body: """{"error":{"code":"Conflict","message":"Found multiple applications"}}""");
        await FollowUpDueAsync(Today, "Första");
        await Service<ReminderScheduler>().RunOnceAsync(default);
        var before = await ProblemsAsync();

        await FollowUpDueAsync(Today.AddDays(1), "Andra");
        await Service<ReminderScheduler>().RunOnceAsync(default);

        Assert.Single(before);
        Assert.Empty(await ProblemsAsync());
    }

    [Fact]
    public async Task AssignedFeed_ColleagueNameInOwnParameterNotTheReservedActor()
    {
        var f = await FollowUpDueAsync(Today.AddDays(10), "Skicka markanvisning");
        var id = f.Id.ToString("N");
        var press = OwnerChat().Invoke("adaptiveCard/action", new
        {
            action = new { type = "Action.Execute", verb = "reassignFollowUp", data = new Dictionary<string, object?> { ["id"] = id, ["etag"] = Tag(f), ["owner_" + id] = Colleague } },
        });
        (await App.CreateClient().PostActivityAsync(press)).EnsureSuccessStatusCode();

        await Service<ReminderScheduler>().RunOnceAsync(default);

        var call = Assert.Single(Graph.Calls);
        var parameters = call.Body.GetProperty("templateParameters").EnumerateArray()
            .ToDictionary(p => p.GetProperty("name").GetString()!, p => p.GetProperty("value").GetString());
        Assert.StartsWith("Anna", parameters["assignedBy"], StringComparison.Ordinal);
        Assert.False(parameters.ContainsKey("actor"));
        var template = Manifest.Read().GetProperty("activities").GetProperty("activityTypes").EnumerateArray()
            .Single(t => t.GetProperty("type").GetString() == "followUpAssigned").GetProperty("templateText").GetString();
        Assert.Contains("{assignedBy}", template, StringComparison.Ordinal);
    }

    protected override void Configure(Dictionary<string, string?> settings)
    {
        if (clientId is not null)
        {
            settings["Graph:ClientId"] = clientId;
            settings["Graph:ClientSecret"] = secret;
        }
    }

    private async Task RestartAsync(string graphClientId, string graphSecret)
    {
        (clientId, secret) = (graphClientId, graphSecret);
        var prefix = App.TablePrefix;
        await App.DisposeAsync();
        var app = NewApp(prefix);
        _ = app.Services;
        App = app;
    }

    private async Task<List<JsonElement>> ProblemsAsync()
    {
        var body = await (await SignedInAsync("oid-chef")).GetFromJsonAsync<JsonElement>("/api/v1/reminders/delivery-problems");
        return [.. body.GetProperty("items").EnumerateArray()];
    }
}
