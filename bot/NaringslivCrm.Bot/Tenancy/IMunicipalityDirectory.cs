namespace NaringslivCrm.Bot.Tenancy;

/// <summary>Maps a Microsoft 365 tenant id to exactly one configured municipality.</summary>
public interface IMunicipalityDirectory
{
    CallerMunicipality? FindByTenant(string? tenantId);

    CallerMunicipality? FindByCode(string? code);

    IReadOnlyList<CallerMunicipality> All { get; }

    /// <summary>The first configured tenant id of a municipality (proactive messages and the activity feed address it).</summary>
    string? FirstTenantOf(string code);
}
