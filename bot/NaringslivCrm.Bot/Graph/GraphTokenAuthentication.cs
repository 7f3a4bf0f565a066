using Azure.Core;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Authentication;

namespace NaringslivCrm.Bot.Graph;

/// <summary>
/// Adds an app-only Graph token to every request, for the tenant the request names through
/// <see cref="GraphTenantOption"/> (the recipient's tenant) or the app's home tenant. Sent to any host: the base URL
/// is configuration (Azure's own provider drops the header for hosts outside its list, silently).
/// </summary>
public sealed class GraphTokenAuthentication(TokenCredential credential) : IAuthenticationProvider
{
    public const string Scope = "https://graph.microsoft.com/.default";

    public async Task AuthenticateRequestAsync(RequestInformation request, Dictionary<string, object>? additionalAuthenticationContext = null, CancellationToken cancellationToken = default)
    {
        var tenant = request.RequestOptions.OfType<GraphTenantOption>().FirstOrDefault()?.TenantId;
        var token = await credential.GetTokenAsync(new TokenRequestContext([Scope], tenantId: string.IsNullOrEmpty(tenant) ? null : tenant), cancellationToken);
        request.Headers.Add("Authorization", "Bearer " + token.Token);
    }
}

/// <summary>The tenant whose token a Graph request needs.</summary>
public sealed record GraphTenantOption(string TenantId) : IRequestOption;
