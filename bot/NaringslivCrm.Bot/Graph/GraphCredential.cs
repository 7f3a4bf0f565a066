using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Identity;

namespace NaringslivCrm.Bot.Graph;

/// <summary>
/// The Graph caller's credential, built with Azure.Identity (MSAL underneath, which caches and renews tokens):
/// <list type="bullet">
/// <item>managed identity → <see cref="ClientAssertionCredential"/> whose assertion is a managed-identity token for
/// <c>api://AzureADTokenExchange</c> (Entra: "Configure an application to trust a managed identity",
/// workload-identity-federation-config-app-trust-managed-identity.md);</item>
/// <item>client secret → <see cref="ClientSecretCredential"/>.</item>
/// </list>
/// Every municipality's tenant may be asked for (AdditionallyAllowedTenants "*"): the feed is sent in the recipient's
/// tenant. HTTP goes through the named client "entra" (tests make it trust the fake's certificate).
/// </summary>
public static class GraphCredential
{
    public const string TokenExchangeScope = "api://AzureADTokenExchange/.default";

    public static TokenCredential Create(GraphIdentityOptions o, HttpClient http)
    {
        var transport = new HttpClientTransport(http);
        var authority = new Uri(o.AuthorityHost);
        if (!string.IsNullOrWhiteSpace(o.ClientSecret))
        {
            var secretOptions = new ClientSecretCredentialOptions { AuthorityHost = authority, Transport = transport, DisableInstanceDiscovery = true };
            secretOptions.AdditionallyAllowedTenants.Add("*");
            return new ClientSecretCredential(o.TenantId, o.ClientId, o.ClientSecret, secretOptions);
        }

        var identity = new ManagedIdentityCredential(new ManagedIdentityCredentialOptions(ManagedIdentityId.FromUserAssignedClientId(o.ManagedIdentityClientId!))
        {
            Transport = transport,
        });
        var options = new ClientAssertionCredentialOptions { AuthorityHost = authority, Transport = transport, DisableInstanceDiscovery = true };
        options.AdditionallyAllowedTenants.Add("*");
        return new ClientAssertionCredential(o.TenantId, o.ClientId,
            async cancellationToken => (await identity.GetTokenAsync(new TokenRequestContext([TokenExchangeScope]), cancellationToken)).Token,
            options);
    }
}
