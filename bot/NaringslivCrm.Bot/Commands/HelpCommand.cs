using NaringslivCrm.Bot.Localization;
using NaringslivCrm.Teams.Cards;
using NaringslivCrm.Teams.Routing;

namespace NaringslivCrm.Bot.Commands;

/// <summary>"hjälp" / "help": the command list.</summary>
public sealed class HelpCommand : IBotCommand
{
    public IReadOnlyList<string> Triggers { get; } = ["hjälp", "hjalp", "help", "?"];

    public Task ExecuteAsync(TurnContext turn, string arguments, CancellationToken cancellationToken) =>
        turn.SendAttachmentAsync(HelpCard.Build(BotTexts.For(turn.Activity)).ToAttachment(), cancellationToken);
}
