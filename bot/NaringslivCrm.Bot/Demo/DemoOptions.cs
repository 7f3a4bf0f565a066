namespace NaringslivCrm.Bot.Demo;

/// <summary>
/// Section "Demo": development settings for seed-demo. LocalUser is the user a local client signs in as (in
/// appsettings.Development.json: the Microsoft 365 Agents Playground's default user), given some of the demo
/// follow-ups so "mina uppföljningar" shows something locally. Unset outside development: only the demo officers.
/// </summary>
public sealed class DemoOptions
{
    public DemoUser? LocalUser { get; set; }
}

/// <summary>A user by Entra object id and display name.</summary>
public sealed class DemoUser
{
    public string UserId { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;
}
