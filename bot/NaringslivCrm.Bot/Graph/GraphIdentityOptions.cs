namespace NaringslivCrm.Bot.Graph;

/// <summary>
/// Section "Graph": the Entra app that calls Microsoft Graph. Graph finds the Teams app from the caller's Entra app
/// id, so this is the app the manifest names in <c>webApplicationInfo.id</c> (not the bot's identity), holding the
/// application permission TeamsActivity.Send. In Azure it authenticates without a secret through a federated identity
/// credential that trusts the user-assigned managed identity (<see cref="ManagedIdentityClientId"/>); a client secret
/// is the alternative for SingleTenant set-ups.
/// </summary>
public sealed class GraphIdentityOptions
{
    /// <summary>Application (client) id of the Entra app in the manifest's webApplicationInfo.id.</summary>
    public string? ClientId { get; set; }

    /// <summary>The app's home tenant; tokens for a municipality's tenant are asked for that tenant.</summary>
    public string? TenantId { get; set; }

    /// <summary>Client id of the user-assigned managed identity the app's federated credential trusts.</summary>
    public string? ManagedIdentityClientId { get; set; }

    /// <summary>Client secret of the app (instead of the managed identity).</summary>
    public string? ClientSecret { get; set; }

    /// <summary>The Entra authority host; tests point it at a local https fake.</summary>
    public string AuthorityHost { get; set; } = "https://login.microsoftonline.com/";

    public bool IsConfigured => !string.IsNullOrWhiteSpace(ClientId);
}
