using NaringslivCrm.Bot.Reminders;
using NaringslivCrm.Bot.Tests.Infrastructure;
using NaringslivCrm.Testing.Fakes;

namespace NaringslivCrm.Bot.Tests.Reminders;

/// <summary>Tests that set App Service's managed-identity variables, which are process-wide: run alone.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ManagedIdentityEnvironmentCollection : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "ManagedIdentityEnvironment";
}

/// <summary>
/// In Azure the webApplicationInfo app signs in without a secret: the user-assigned managed identity's token for
/// api://AzureADTokenExchange is the client assertion of a federated identity credential (Entra docs:
/// workload-identity-federation-config-app-trust-managed-identity.md). App Service gives the identity endpoint in
/// IDENTITY_ENDPOINT / IDENTITY_HEADER (App Service docs: overview-managed-identity.md, "REST endpoint reference").
/// </summary>
[Collection(ManagedIdentityEnvironmentCollection.Name)]
public sealed class FederatedGraphIdentityTests(AzuriteFixture azurite) : ReminderTestBase(azurite)
{
    // MSAL keeps managed-identity tokens in a process-wide cache: a fresh identity per test, or a token signed by an
    // earlier test's fake Entra would be reused.
    private readonly string identityClientId = "mi-" + Guid.NewGuid().ToString("N");
    private const string IdentityPrincipal = "mi-principal-oid";

    [Fact]
    public async Task Feed_ManagedIdentityAssertion_ExchangedForTheWebApplicationAppsGraphToken()
    {
        Entra.AddManagedIdentity(identityClientId, IdentityPrincipal, CrmAppFactory.TenantA);
        Entra.AddApp(new EntraApp(WebApplicationId, new HashSet<string> { CrmAppFactory.TenantA }, ["TeamsActivity.Send"], TrustedManagedIdentity: identityClientId));
        await FollowUpDueAsync(Today);

        await WithIdentityEndpointAsync(() => Service<ReminderScheduler>().RunOnceAsync(default));

        var call = Assert.Single(Graph.Calls);
        var token = new Microsoft.IdentityModel.JsonWebTokens.JsonWebToken(call.Authorization["Bearer ".Length..]);
        Assert.Equal(WebApplicationId, token.GetClaim("appid").Value);
        var kinds = Entra.Requests.Select(r => (r.Kind, r.ClientId, r.ScopeOrResource)).ToList();
        Assert.Equal([("managed-identity", identityClientId, "api://AzureADTokenExchange"), ("client-assertion", WebApplicationId, "https://graph.microsoft.com/.default")], kinds);
    }

    [Fact]
    public async Task Feed_AppTrustsAnotherIdentity_EntraRefusesRecordedAsPermissionProblem()
    {
        Entra.AddManagedIdentity(identityClientId, IdentityPrincipal, CrmAppFactory.TenantA);
        var other = "mi-other-" + Guid.NewGuid().ToString("N");
        Entra.AddManagedIdentity(other, "other-principal", CrmAppFactory.TenantA);
        Entra.AddApp(new EntraApp(WebApplicationId, new HashSet<string> { CrmAppFactory.TenantA }, ["TeamsActivity.Send"], TrustedManagedIdentity: other));
        await FollowUpDueAsync(Today);

        await WithIdentityEndpointAsync(() => Service<ReminderScheduler>().RunOnceAsync(default));

        Assert.Empty(Graph.Calls);
        var problem = Assert.Single(await Service<IDeliveryProblemLog>().ListAsync(Kommun.Value, default));
        Assert.Equal(DeliveryProblemKind.FeedPermission, problem.Kind);
        Assert.Contains(Entra.Requests, r => r.Kind == "client-assertion" && r.ClientId == WebApplicationId);
    }

    protected override void Configure(Dictionary<string, string?> settings)
    {
        settings["Graph:ClientSecret"] = null;
        settings["Graph:ManagedIdentityClientId"] = identityClientId;
    }

    private async Task WithIdentityEndpointAsync(Func<Task> action)
    {
        Environment.SetEnvironmentVariable("IDENTITY_ENDPOINT", Entra.IdentityEndpoint.ToString());
        Environment.SetEnvironmentVariable("IDENTITY_HEADER", Entra.IdentityHeader);
        try
        {
            await action();
        }
        finally
        {
            Environment.SetEnvironmentVariable("IDENTITY_ENDPOINT", null);
            Environment.SetEnvironmentVariable("IDENTITY_HEADER", null);
        }
    }
}
