namespace NaringslivCrm.Teams.Routing;

/// <summary>Limits of the inbound endpoint.</summary>
public sealed class BotAdapterOptions
{
    /// <summary>Largest accepted activity body; Teams activities are far below this.</summary>
    public int MaxRequestBytes { get; set; } = 256 * 1024;
}
