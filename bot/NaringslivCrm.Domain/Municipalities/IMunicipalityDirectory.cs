namespace NaringslivCrm.Domain.Municipalities;

/// <summary>The member list (configuration data): which municipality a tenant belongs to.</summary>
public interface IMunicipalityDirectory
{
    /// <summary>The municipality of this tenant, or null if the tenant is not a member.</summary>
    Task<Municipality?> FindByTenantAsync(string tenantId, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<Municipality>> ListAsync(CancellationToken cancellationToken = default);
}
