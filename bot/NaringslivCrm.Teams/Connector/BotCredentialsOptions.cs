namespace NaringslivCrm.Teams.Connector;

/// <summary>
/// The bot's identity for outbound calls, bound from Bot Framework's conventional top-level keys
/// (MicrosoftAppType, MicrosoftAppId, MicrosoftAppPassword, MicrosoftAppTenantId).
/// </summary>
public sealed class BotCredentialsOptions
{
    public const string SingleTenant = "SingleTenant";
    public const string UserAssignedMsi = "UserAssignedMSI";

    public string? MicrosoftAppType { get; set; }

    public string? MicrosoftAppId { get; set; }

    public string? MicrosoftAppPassword { get; set; }

    public string? MicrosoftAppTenantId { get; set; }

    /// <summary>The Entra authority; tests point it at a local server.</summary>
    public string AuthorityHost { get; set; } = "https://login.microsoftonline.com";

    public string Scope { get; set; } = "https://api.botframework.com/.default";

    /// <summary>Managed identity endpoint (App Service sets IDENTITY_ENDPOINT); tests point it at a local server.</summary>
    public string? IdentityEndpoint { get; set; }

    public string? IdentityHeader { get; set; }
}
