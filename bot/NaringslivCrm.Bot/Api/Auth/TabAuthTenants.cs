using Microsoft.Extensions.Options;
using NaringslivCrm.Bot.Tenancy;

namespace NaringslivCrm.Bot.Api.Auth;

/// <summary>The configured tenant ids of a municipality (development tokens carry the first).</summary>
public sealed class TabAuthTenants(IOptions<TenancyOptions> tenancy)
{
    public string? FirstTenantOf(string municipalityCode) =>
        tenancy.Value.Municipalities.FirstOrDefault(m => m.Code == municipalityCode)?.TenantIds.FirstOrDefault();
}
