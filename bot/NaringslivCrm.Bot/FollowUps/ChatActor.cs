using NaringslivCrm.Bot.FollowUps.Changes;
using NaringslivCrm.Bot.Officers;
using NaringslivCrm.Domain.Common;
using NaringslivCrm.Teams.Routing;

namespace NaringslivCrm.Bot.FollowUps;

/// <summary>The chat user as a follow-up actor. An activity carries no app role, so never a manager in chat.</summary>
public static class ChatActor
{
    public static FollowUpActor Of(TurnContext turn) => new(BotUser.Municipality(turn), BotUser.Of(turn), IsManager: false);

    public static string Text(ValidationError error, bool en) => en ? error.English : error.Swedish;
}
