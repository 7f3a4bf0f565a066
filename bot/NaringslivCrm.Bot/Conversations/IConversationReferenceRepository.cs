using NaringslivCrm.Teams.Schema;

namespace NaringslivCrm.Bot.Conversations;

/// <summary>Stored conversation references, per municipality, for proactive messages.</summary>
public interface IConversationReferenceRepository
{
    /// <summary>Saves (or refreshes) the reference; true when this conversation was not known before.</summary>
    Task<bool> SaveAsync(string municipalityCode, ConversationReference reference, CancellationToken cancellationToken);

    Task<ConversationReference?> FindAsync(string municipalityCode, string conversationId, CancellationToken cancellationToken);

    /// <summary>The personal (1:1) conversation with a user, by Entra object id.</summary>
    Task<ConversationReference?> FindPersonalAsync(string municipalityCode, string aadObjectId, CancellationToken cancellationToken);

    /// <summary>Marks the conversation as gone (app uninstalled or blocked).</summary>
    Task MarkRemovedAsync(string municipalityCode, string conversationId, CancellationToken cancellationToken);
}
