namespace NaringslivCrm.Teams.Schema;

/// <summary>What a proactive message needs to reach a conversation again.</summary>
public sealed record ConversationReference
{
    public required string ServiceUrl { get; init; }
    public required string ConversationId { get; init; }
    public required string TenantId { get; init; }
    public string? ConversationType { get; init; }
    public string? UserId { get; init; }
    public string? UserAadObjectId { get; init; }
    public string? UserName { get; init; }
    public string? BotId { get; init; }
    public string? Locale { get; init; }
}
