using NaringslivCrm.Bot.Localization;
using NaringslivCrm.Teams.Cards;

namespace NaringslivCrm.Bot.Commands;

/// <summary>The card a user sees when the app is installed.</summary>
public static class WelcomeCard
{
    public static AdaptiveCard Build(BotTexts t) => new()
    {

        FallbackText = t.WelcomeTitle,
        Body =
        [
            new TextBlock(t.WelcomeTitle) { Size = "large", Weight = "bolder", Style = "heading" },
            new TextBlock(t.WelcomeBody),
        ],
        Actions = [new SubmitAction { Title = t.HelpAction, Data = new { command = "hjälp" } }],
    };
}
