using NaringslivCrm.Domain.Common;

namespace NaringslivCrm.Domain.Municipalities;

/// <summary>A member municipality and the Microsoft 365 tenant(s) whose users work for it.</summary>
public sealed class Municipality
{
    private readonly HashSet<string> _tenantIds;

    private Municipality(MunicipalityCode code, string name, IEnumerable<string> tenantIds)
    {
        Code = code;
        Name = name;
        _tenantIds = new HashSet<string>(tenantIds, StringComparer.OrdinalIgnoreCase);
    }

    public MunicipalityCode Code { get; }

    public string Name { get; private set; }

    public IReadOnlyCollection<string> TenantIds => _tenantIds;

    public static Result<Municipality> Create(MunicipalityCode code, string? name, IEnumerable<string> tenantIds)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return Errors.Required("municipality name", "kommunens namn");
        }

        var ids = tenantIds.Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t.Trim());
        return new Municipality(code, name.Trim(), ids);
    }

    /// <summary>Lets users of another tenant (e.g. after a tenant migration) act for this municipality.</summary>
    public Result ConnectTenant(string tenantId)
    {
        if (string.IsNullOrWhiteSpace(tenantId))
        {
            return Errors.Required("tenant id", "tenant-id");
        }

        _tenantIds.Add(tenantId.Trim());
        return Result.Success();
    }

    /// <summary>True when a user from this tenant works for this municipality.</summary>
    public bool Serves(string tenantId) => _tenantIds.Contains(tenantId);
}
