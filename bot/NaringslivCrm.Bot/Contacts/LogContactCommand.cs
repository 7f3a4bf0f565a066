using NaringslivCrm.Bot.Commands;
using NaringslivCrm.Bot.Officers;
using NaringslivCrm.Domain.Calendar;
using NaringslivCrm.Domain.Needs;
using NaringslivCrm.Teams.Cards;
using NaringslivCrm.Teams.Routing;

namespace NaringslivCrm.Bot.Contacts;

/// <summary>"logga besök" / "ny kontakt": an empty contact form.</summary>
public sealed class LogContactCommand(NeedCategoryCatalog catalog, Companies.CompanyNameCache names, TimeProvider time) : IBotCommand
{
    public IReadOnlyList<string> Triggers { get; } = ["logga besök", "logga besok", "logga kontakt", "ny kontakt", "log visit", "new contact"];

    public async Task ExecuteAsync(TurnContext turn, string arguments, CancellationToken cancellationToken)
    {
        var first = await names.SearchAsync(BotUser.Municipality(turn), arguments, 15, cancellationToken);
        var card = ContactFormCard.Build(new ContactDraft(), catalog, SwedishCalendar.Today(time), BotUser.English(turn),
            knownCompanies: [.. first.Select(c => new Choice($"{c.Name} ({c.OrgNumber})", c.OrgNumber.Digits))]);
        await turn.SendAttachmentAsync(card.ToAttachment(), cancellationToken);
    }
}
