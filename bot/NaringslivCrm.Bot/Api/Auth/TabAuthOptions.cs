namespace NaringslivCrm.Bot.Api.Auth;

/// <summary>Section "TabAuth": how the tab's bearer tokens (Teams SSO) are validated.</summary>
public sealed class TabAuthOptions
{
    /// <summary>The Entra app registration's client id (the token audience).</summary>
    public string? ClientId { get; set; }

    /// <summary>api://&lt;host&gt;/&lt;clientId&gt;, also accepted as audience.</summary>
    public string? ApplicationIdUri { get; set; }

    public string MetadataUrl { get; set; } = "https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration";

    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>Role given when the token carries no app role.</summary>
    public string DefaultRole { get; set; } = TabRoles.Officer;

    public DevTokenOptions DevTokens { get; set; } = new();
}

/// <summary>Development sign-in: explicit, off by default, refused outside the Development environment.</summary>
public sealed class DevTokenOptions
{
    public bool Enabled { get; set; }

    public List<DevUser> Users { get; set; } = [];
}

/// <summary>A demo user the development sign-in offers.</summary>
public sealed class DevUser
{
    public string UserId { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public string MunicipalityCode { get; set; } = string.Empty;

    public List<string> Roles { get; set; } = [];
}

/// <summary>The app roles the tab knows.</summary>
public static class TabRoles
{
    public const string Officer = "officer";
    public const string Manager = "manager";
    public const string Network = "network";
}
