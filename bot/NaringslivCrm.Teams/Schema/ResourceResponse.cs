namespace NaringslivCrm.Teams.Schema;

/// <summary>The Connector's answer to a send: the id of the created activity.</summary>
public sealed record ResourceResponse(string? Id);

/// <summary>The Connector's answer to create conversation.</summary>
public sealed record ConversationResourceResponse(string? Id, string? ActivityId, string? ServiceUrl);

/// <summary>Body of POST /v3/conversations.</summary>
public sealed record ConversationParameters
{
    public bool IsGroup { get; init; }
    public ChannelAccount? Bot { get; init; }
    public IReadOnlyList<ChannelAccount>? Members { get; init; }
    public string? TenantId { get; init; }
    public object? ChannelData { get; init; }
    public Activity? Activity { get; init; }
}
