using NaringslivCrm.Teams.Connector;
using NaringslivCrm.Teams.Schema;

namespace NaringslivCrm.Teams.Routing;

/// <summary>One inbound activity being handled, with a way to answer in the same conversation.</summary>
public sealed class TurnContext(Activity activity, IConnectorClient connector)
{
    private readonly Dictionary<Type, object> state = [];

    public Activity Activity { get; } = activity;

    public IConnectorClient Connector { get; } = connector;

    /// <summary>Set once anything was sent back in this turn.</summary>
    public bool Responded { get; private set; }

    /// <summary>Replies to the inbound activity (threaded where the channel supports it).</summary>
    public async Task<ResourceResponse> SendActivityAsync(Activity reply, CancellationToken cancellationToken)
    {
        var conversationId = Activity.Conversation!.Id!;
        var result = Activity.Id is { } replyTo
            ? await Connector.ReplyToActivityAsync(Activity.ServiceUrl!, conversationId, replyTo, reply, cancellationToken)
            : await Connector.SendToConversationAsync(Activity.ServiceUrl!, conversationId, reply, cancellationToken);
        Responded = true;
        return result;
    }

    /// <summary>Sends a new message to this conversation (not threaded as a reply).</summary>
    public async Task<ResourceResponse> SendToConversationAsync(Activity message, CancellationToken cancellationToken)
    {
        var result = await Connector.SendToConversationAsync(Activity.ServiceUrl!, Activity.Conversation!.Id!, message with { ReplyToId = null }, cancellationToken);
        Responded = true;
        return result;
    }

    /// <summary>Sends a plain text reply.</summary>
    public Task<ResourceResponse> SendTextAsync(string text, CancellationToken cancellationToken) =>
        SendActivityAsync(Activity.CreateReply(text), cancellationToken);

    /// <summary>Sends one attachment (a card) as the reply.</summary>
    public Task<ResourceResponse> SendAttachmentAsync(Attachment attachment, CancellationToken cancellationToken) =>
        SendActivityAsync(Activity.CreateReply() with { Attachments = [attachment] }, cancellationToken);

    /// <summary>Replaces an earlier message of this conversation.</summary>
    public Task<ResourceResponse> UpdateActivityAsync(string activityId, Activity activity, CancellationToken cancellationToken) =>
        Connector.UpdateActivityAsync(Activity.ServiceUrl!, Activity.Conversation!.Id!, activityId, activity, cancellationToken);

    /// <summary>Typed per-turn state that filters hand to handlers (e.g. the caller's municipality).</summary>
    public void Set<T>(T value) where T : class => state[typeof(T)] = value;

    public T? Get<T>() where T : class => state.TryGetValue(typeof(T), out var v) ? (T)v : null;
}
