using NaringslivCrm.Bot.Commands;
using NaringslivCrm.Teams.Cards;
using NaringslivCrm.Teams.Routing;

namespace NaringslivCrm.Bot.FollowUps;

/// <summary>"mina uppföljningar": my open follow-ups as a card.</summary>
public sealed class MyFollowUpsCommand(MyFollowUpsService cards) : IBotCommand
{
    public IReadOnlyList<string> Triggers { get; } = ["mina uppföljningar", "mina uppfoljningar", "uppföljningar", "my follow-ups", "my follow ups"];

    public async Task ExecuteAsync(TurnContext turn, string arguments, CancellationToken cancellationToken) =>
        await turn.SendAttachmentAsync((await cards.BuildAsync(turn, null, cancellationToken)).ToAttachment(), cancellationToken);
}
