namespace NaringslivCrm.Teams.Authentication;

/// <summary>What inbound authentication needs: the bot's app id and where the Bot Framework publishes its keys.</summary>
public sealed class BotAuthenticationOptions
{
    public const string DefaultMetadataUrl = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    public const string BotFrameworkIssuer = "https://api.botframework.com";

    /// <summary>The bot's Microsoft app id; the token's audience must equal it.</summary>
    public string? AppId { get; set; }

    /// <summary>Accept requests without an Authorization header (local clients such as the Agents Playground).</summary>
    public bool AllowAnonymous { get; set; }

    public string OpenIdMetadataUrl { get; set; } = DefaultMetadataUrl;

    /// <summary>False only for tests that serve their own keys over plain HTTP on loopback.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How long to wait for the key set before answering 503.</summary>
    public TimeSpan MetadataTimeout { get; set; } = TimeSpan.FromSeconds(5);
}
