using NaringslivCrm.Bot.Localization;
using NaringslivCrm.Teams.Cards;

namespace NaringslivCrm.Bot.Commands;

/// <summary>The card a user sees when the app is installed: in a group chat or channel, the one for the network's working group.</summary>
public static class WelcomeCard
{
    public static AdaptiveCard Build(BotTexts t, bool group = false) => new()
    {
        FallbackText = group ? t.GroupWelcomeTitle : t.WelcomeTitle,
        Body =
        [
            new TextBlock(group ? t.GroupWelcomeTitle : t.WelcomeTitle) { Size = "large", Weight = "bolder", Style = "heading" },
            new TextBlock(group ? t.GroupWelcomeBody : t.WelcomeBody),
        ],
        Actions = [new SubmitAction { Title = t.HelpAction, Data = new { command = "hjälp" } }],
    };
}
