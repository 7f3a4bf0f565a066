using Microsoft.Extensions.Options;

namespace NaringslivCrm.Bot.Tenancy;

/// <summary>The configured municipalities, indexed by tenant id (case-insensitive) and code.</summary>
public sealed class MunicipalityDirectory : IMunicipalityDirectory
{
    private readonly Dictionary<string, CallerMunicipality> byTenant = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, CallerMunicipality> byCode = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> firstTenant = new(StringComparer.Ordinal);

    public MunicipalityDirectory(IOptions<TenancyOptions> options)
    {
        foreach (var m in options.Value.Municipalities)
        {
            var municipality = new CallerMunicipality(m.Code, m.Name);
            byCode[m.Code] = municipality;
            if (m.TenantIds.FirstOrDefault() is { } first && !firstTenant.ContainsKey(m.Code))
            {
                firstTenant[m.Code] = first;
            }

            foreach (var tenant in m.TenantIds)
            {
                byTenant[tenant.Trim()] = municipality;
            }
        }

        All = [.. byCode.Values];
    }

    public IReadOnlyList<CallerMunicipality> All { get; }

    public CallerMunicipality? FindByTenant(string? tenantId) =>
        tenantId is not null && byTenant.TryGetValue(tenantId.Trim(), out var m) ? m : null;

    public CallerMunicipality? FindByCode(string? code) =>
        code is not null && byCode.TryGetValue(code, out var m) ? m : null;

    public string? FirstTenantOf(string code) => firstTenant.GetValueOrDefault(code);
}
