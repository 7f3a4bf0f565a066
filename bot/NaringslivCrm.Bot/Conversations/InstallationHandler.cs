using NaringslivCrm.Bot.Commands;
using NaringslivCrm.Bot.Localization;
using NaringslivCrm.Bot.Tenancy;
using NaringslivCrm.Teams.Cards;
using NaringslivCrm.Teams.Routing;
using NaringslivCrm.Teams.Schema;

namespace NaringslivCrm.Bot.Conversations;

/// <summary>
/// installationUpdate and conversationUpdate: store the conversation reference for proactive messages, and welcome
/// the user the first time the bot is in a conversation (Teams sends both events on install; one welcome).
/// </summary>
public sealed partial class InstallationHandler(IConversationReferenceRepository references, ILogger<InstallationHandler> logger)
    : IInstallationUpdateHandler, IConversationUpdateHandler
{
    async Task IInstallationUpdateHandler.HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var action = turn.Activity.Action ?? "add";
        if (action.StartsWith("remove", StringComparison.OrdinalIgnoreCase))
        {
            var code = Municipality(turn).Code;
            await references.MarkRemovedAsync(code, turn.Activity.Conversation!.Id!, cancellationToken);
            LogRemoved(logger, code);
            return;
        }

        await RememberAndWelcomeAsync(turn, cancellationToken);
    }

    async Task IConversationUpdateHandler.HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var botId = turn.Activity.Recipient?.Id;
        var botAdded = turn.Activity.MembersAdded?.Any(m => m.Id == botId) == true;
        var botRemoved = turn.Activity.MembersRemoved?.Any(m => m.Id == botId) == true;
        if (botRemoved)
        {
            await references.MarkRemovedAsync(Municipality(turn).Code, turn.Activity.Conversation!.Id!, cancellationToken);
        }
        else if (botAdded)
        {
            await RememberAndWelcomeAsync(turn, cancellationToken);
        }
    }

    private async Task RememberAndWelcomeAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var reference = turn.Activity.GetConversationReference();
        if (reference is null)
        {
            return;
        }

        var municipality = Municipality(turn);
        var isNew = await references.SaveAsync(municipality.Code, reference, cancellationToken);
        if (isNew)
        {
            LogInstalled(logger, municipality.Code, reference.ConversationType ?? "unknown");
            var group = reference.ConversationType is "groupChat" or "channel";
            var card = WelcomeCard.Build(BotTexts.For(turn.Activity), group);
            await turn.SendToConversationAsync(turn.Activity.CreateReply() with { Attachments = [card.ToAttachment()] }, cancellationToken);
        }
    }

    private static CallerMunicipality Municipality(TurnContext turn) =>
        turn.Get<CallerMunicipality>() ?? throw new InvalidOperationException("Tenant filter did not run");

    [LoggerMessage(Level = LogLevel.Information, Message = "App installed in a {ConversationType} conversation for municipality {Municipality}")]
    private static partial void LogInstalled(ILogger logger, string municipality, string conversationType);

    [LoggerMessage(Level = LogLevel.Information, Message = "App removed from a conversation for municipality {Municipality}")]
    private static partial void LogRemoved(ILogger logger, string municipality);
}
