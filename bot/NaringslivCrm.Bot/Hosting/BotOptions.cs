namespace NaringslivCrm.Bot.Hosting;

/// <summary>Section "Bot": the inbound endpoint's settings.</summary>
public sealed class BotOptions
{
    /// <summary>Development only: accept activities without a token (Agents Playground). Off by default; refused outside the Development environment.</summary>
    public bool AllowAnonymous { get; set; }

    public string OpenIdMetadataUrl { get; set; } = Teams.Authentication.BotAuthenticationOptions.DefaultMetadataUrl;

    public bool RequireHttpsMetadata { get; set; } = true;

    public int MaxRequestBytes { get; set; } = 256 * 1024;
}
