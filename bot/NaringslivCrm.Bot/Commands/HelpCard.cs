using NaringslivCrm.Bot.Localization;
using NaringslivCrm.Teams.Cards;

namespace NaringslivCrm.Bot.Commands;

/// <summary>The list of commands.</summary>
public static class HelpCard
{
    public static AdaptiveCard Build(BotTexts t) => new()
    {

        FallbackText = t.HelpTitle,
        Body =
        [
            new TextBlock(t.HelpTitle) { Size = "large", Weight = "bolder", Style = "heading" },
            new FactSet([.. t.Commands.Select(c => new Fact(c.Command, c.Description))]),
        ],
    };
}
