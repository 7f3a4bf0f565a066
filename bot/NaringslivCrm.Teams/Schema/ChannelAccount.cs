namespace NaringslivCrm.Teams.Schema;

/// <summary>A user or bot in a conversation (Teams ids: 28:&lt;appId&gt; for bots, 29:… for users).</summary>
public sealed record ChannelAccount
{
    public string? Id { get; init; }
    public string? Name { get; init; }
    public string? AadObjectId { get; init; }
    public string? Role { get; init; }
}
